import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageMessage } from '../../src/export/export-protocol.ts';
import { zaFlow } from '../support/flows.ts';
import { answeredRecord } from '../support/records.ts';

/**
 * The page's side of the export worker, with a stand-in Worker that records what it is sent and
 * can be made to fail as a worker that crashed or could not load.
 */
class FakeWorker {
  static started: FakeWorker[] = [];
  readonly received: PageMessage[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;

  constructor() {
    FakeWorker.started.push(this);
  }

  postMessage(message: PageMessage): void {
    this.received.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }

  crash(message: string): void {
    this.onerror?.({ message } as ErrorEvent);
  }

  warmUps(): number {
    return this.received.filter((message) => message.type === 'warm-up').length;
  }
}

const record = answeredRecord(zaFlow, 2);

async function freshClient() {
  vi.resetModules();
  return import('../../src/export/export-client.ts');
}

beforeEach(() => {
  FakeWorker.started = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('location', { search: '' });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the export worker, seen from the page', () => {
  it('starts and warms one worker when the review opens, and not again when it reopens', async () => {
    const { prepareExports } = await freshClient();
    prepareExports(zaFlow, 'en', record);
    prepareExports(zaFlow, 'en', record);
    expect(FakeWorker.started).toHaveLength(1);
    expect(FakeWorker.started[0]?.warmUps()).toBe(1);
  });

  it('replaces a worker that failed with a warmed one at once, so the next document does not wait for the layout code again', async () => {
    const { prepareExports } = await freshClient();
    prepareExports(zaFlow, 'en', record);
    FakeWorker.started[0]?.crash('out of memory');
    expect(FakeWorker.started).toHaveLength(2);
    expect(FakeWorker.started[0]?.terminated).toBe(true);
    const replacement = FakeWorker.started[1];
    expect(replacement?.warmUps()).toBe(1);
    const warmUp = replacement?.received.find((message) => message.type === 'warm-up');
    expect(warmUp?.type === 'warm-up' && warmUp.record.systems.map((system) => system.id)).toEqual([record.systems[0]?.id]);
  });

  it('does not restart a worker that fails again and again in a loop, but tries afresh when a document is asked for', async () => {
    const { prepareExports, buildDocumentOffThread } = await freshClient();
    prepareExports(zaFlow, 'en', record);
    FakeWorker.started[0]?.crash('cannot load');
    FakeWorker.started[1]?.crash('cannot load');
    expect(FakeWorker.started).toHaveLength(2);

    const exported = buildDocumentOffThread(zaFlow, record, undefined as never, { kind: 'proposal', language: 'en', generatedAt: '2026-12-03T10:00:00.000Z' });
    expect(FakeWorker.started).toHaveLength(3);
    FakeWorker.started[2]?.crash('cannot load');
    // The document asked for fails with the worker's reason; one replacement is started for the next.
    await expect(exported).rejects.toThrow('cannot load');
    expect(FakeWorker.started).toHaveLength(4);
    FakeWorker.started[3]?.crash('cannot load');
    expect(FakeWorker.started).toHaveLength(4);
  });
});
