/**
 * The home page's file tools (open a file or an example, back up the workspace) sit below the
 * list and are used after it is read: they load once the list is on screen, not before it.
 */
export async function loadFileTools() {
  const [{ OpenFile }, { WorkspaceBackup }, { EXAMPLE_KEYS, loadExample }] = await Promise.all([
    import('../components/open-file.tsx'),
    import('../components/workspace-backup.tsx'),
    import('./examples.ts'),
  ]);
  return { OpenFile, WorkspaceBackup, exampleKeys: EXAMPLE_KEYS, loadExample };
}
