/** What can go wrong in storage, each kind named so the interface can explain it in plain words. */

/** Refused to replace a stored record that could not be read: its data stays as it was. */
export class DamagedRecordError extends Error {
  override readonly name = 'DamagedRecordError';
}

/** The negotiation is not (or no longer) stored on this device, e.g. deleted in another tab. */
export class NotStoredError extends Error {
  override readonly name = 'NotStoredError';
}

/** An edit that storage could never merge: refused before anything is written. */
export class UnsavableEditError extends Error {
  override readonly name = 'UnsavableEditError';
}

/** The journal write itself failed: nothing of the edit reached this device's storage. */
export class JournalWriteError extends Error {
  override readonly name = 'JournalWriteError';
}

/** An older version of the wizard, open in another tab, holds the database at its version. */
export class StorageBlockedError extends Error {
  override readonly name = 'StorageBlockedError';
}

/** A new negotiation was given the id of one already stored; nothing was written. */
export class ExistingRecordError extends Error {
  override readonly name = 'ExistingRecordError';
}
