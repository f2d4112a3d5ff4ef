import { describe, expect, it } from 'vitest';
import { CORE_CHECKLIST } from '../../flows/core/checklist.ts';
import { LAYERS } from '../../flows/index.ts';
import { CLAUSE_LIBRARY } from '../../flows/shared/clause-library.ts';
import { systemPath } from '../../src/engine/checklist.ts';
import { INFORMATION_CLAUSE_ID, STAGES, SYSTEM_CATEGORIES } from '../../src/engine/flow-types.ts';
import type { FlowDefinition } from '../../src/engine/flow-types.ts';
import { createRecord, type Answer, type NegotiationRecord } from '../../src/engine/negotiation.ts';
import { validateLayers } from '../../src/engine/layers.ts';
import { validateFlow } from '../../src/engine/validate-flow.ts';
import { ALL_FLOWS } from '../support/flows.ts';

const RAW_LAYERS = new Map(await Promise.all(LAYERS.map(async (entry) => [entry.id, await entry.load()] as const)));

/** A record whose single system answers every option question with its first option. */
function firstOptionRecord(flow: FlowDefinition, category: (typeof SYSTEM_CATEGORIES)[number]): NegotiationRecord {
  const answers: Record<string, Answer> = Object.fromEntries(
    flow.questions.map((question) => [question.id, { status: 'answered', words: '', note: '', ...(question.options ? { choice: question.options[0] } : {}) }]),
  );
  const record = createRecord({ id: 'r', flowId: flow.id, flowVersion: flow.version, now: '2026-11-30T00:00:00Z', documentLanguage: 'en' });
  return { ...record, systems: [{ id: 's', name: 'S', vendor: '', category, purpose: '', affected: '' }], answers: { s: answers } };
}

describe.each(ALL_FLOWS.map((flow) => [flow.id, flow] as const))('checklist %s', (_, flow) => {
  it('stacks sound layers: each cites only its own law or the law it stacks on', () => {
    expect(validateLayers(CORE_CHECKLIST, flow.layers.map((id) => RAW_LAYERS.get(id)!))).toEqual([]);
  });

  it('passes structural validation', () => {
    expect(validateFlow(flow, CLAUSE_LIBRARY)).toEqual([]);
  });

  it('walks every stage of the data life cycle and governance', () => {
    expect(new Set(flow.questions.map((question) => question.stage))).toEqual(new Set(STAGES));
  });

  it('has real follow-ups, including a follow-up of a follow-up', () => {
    const followUps = flow.questions.filter((question) => question.showIf);
    const ids = new Set(followUps.map((question) => question.id));
    const nested = followUps.filter((question) => JSON.stringify(question.showIf).match(/"question":"([^"]+)"/g)?.some((match) => ids.has(match.slice(12, -1))));
    expect(followUps.length).toBeGreaterThanOrEqual(6);
    expect(nested.length).toBeGreaterThanOrEqual(1);
  });

  it.each(SYSTEM_CATEGORIES)('asks at least 20 questions of a %s system whose answers open follow-ups', (category) => {
    const record = firstOptionRecord(flow, category);
    const system = record.systems[0];
    if (!system) throw new Error('fixture has no system');
    expect(systemPath(flow, record, system).questions.length).toBeGreaterThanOrEqual(20);
  });

  it('uses every clause of the library, and every provision it lists', () => {
    const used = new Set(flow.clauseRules.map((rule) => rule.clause));
    const missing = CLAUSE_LIBRARY.map((clause) => clause.id).filter((id) => id !== INFORMATION_CLAUSE_ID && !used.has(id));
    expect(missing).toEqual([]);
    const cited = new Set([...flow.questions.flatMap((question) => question.provisions), ...flow.clauseRules.flatMap((rule) => rule.provisions)]);
    expect(flow.provisions.map((provision) => provision.id).filter((id) => !cited.has(id))).toEqual([]);
  });

  it('dates every legal reference and links it to an official source', () => {
    for (const provision of flow.provisions) {
      expect(provision.reviewed, provision.id).toMatch(/^20\d\d-\d\d-\d\d$/);
      expect(new URL(provision.url).protocol, provision.id).toBe('https:');
    }
  });
});
