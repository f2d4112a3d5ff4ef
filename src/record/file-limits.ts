/**
 * Caps checked before anything else, so that a runaway or hostile file is refused with a reason
 * rather than freezing the page: a workspace of months of meetings is a few megabytes. Kept
 * apart from the file's reading so that the page can check a file's size before loading it.
 */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;
