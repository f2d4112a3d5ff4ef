import type { FlowDefinition, Provision } from '../engine/flow-types.ts';
import { flowNamespace } from './namespaces.ts';
import type { Translate } from './translate.ts';

/**
 * "GDPR Art. 13(2)(f)", "POPIA s. 71": the pinpoint comes from the flow data, never from a
 * translation, so an article number can only be wrong in one reviewed place. A standard that
 * binds no one is said to be one ("ILO code of practice para. 5.1 (a standard, not law)").
 */
export function citeProvision(t: Translate, flow: FlowDefinition, provision: Provision): string {
  const instrument = t(`${flowNamespace(flow.id)}:instruments.${provision.instrument}.short`);
  const citation = t(`ui:citation.${provision.kind}`, { instrument, pinpoint: provision.pinpoint });
  const standard = flow.instruments.some((candidate) => candidate.id === provision.instrument && candidate.standard);
  return standard ? t('ui:legal.standard', { citation }) : citation;
}

export function findProvision(flow: FlowDefinition, id: string): Provision {
  const provision = flow.provisions.find((candidate) => candidate.id === id);
  if (!provision) throw new Error(`Flow ${flow.id} has no provision ${id}`);
  return provision;
}

/**
 * When the project last checked the provision's sources, and when it applies: a start date that
 * secondary sources report but the official text does not confirm is said to be unverified.
 */
export function provisionDates(t: Translate, provision: Provision, formatDate: (iso: string) => string): readonly string[] {
  const reviewed = t('ui:legal.reviewed', { date: formatDate(provision.reviewed) });
  if (!provision.appliesFrom) return [reviewed];
  const starts = provision.appliesFromUncertain ? 'ui:legal.appliesFromReported' : 'ui:legal.appliesFrom';
  return [reviewed, t(starts, { date: formatDate(provision.appliesFrom) })];
}

