import type { FlowDefinition, Numbering, Provision } from '../engine/flow-types.ts';
import { readPinpoint, type ReadPinpoint } from '../engine/pinpoint.ts';
import { flowNamespace } from './namespaces.ts';
import { pinpointText } from './pinpoint-text.ts';
import type { Translate } from './translate.ts';

/** Each provision's pinpoint, read once: a document cites the same provisions many times. */
const readings = new WeakMap<Provision, ReadPinpoint>();

function readingOf(provision: Provision, numbering: Numbering | undefined): ReadPinpoint {
  let reading = readings.get(provision);
  if (!reading) {
    const read = readPinpoint(provision.kind, provision.pinpoint, numbering);
    // Validation refuses such a pinpoint before any flow ships; citing it anyway would guess.
    if (!read.ok) throw new Error(`Provision ${provision.id}: pinpoint "${provision.pinpoint}" cannot be read: ${read.problem}`);
    reading = read.pinpoint;
    readings.set(provision, reading);
  }
  return reading;
}

/**
 * "GDPR Art. 13(2)(f)", "Art. 13 Abs. 2 lit. f DSGVO", "art. 13, § 2, f) RGPD": the pinpoint's
 * numbers come from the flow data, never from a translation, so an article number can only be
 * wrong in one reviewed place; the words around them (Abs., lit., n.º) come from the language.
 * A standard that binds no one is said to be one ("ILO code of practice para. 5.1 (a standard, not law)").
 */
export function citeProvision(t: Translate, flow: FlowDefinition, provision: Provision): string {
  const instrument = flow.instruments.find((candidate) => candidate.id === provision.instrument);
  const name = t(`${flowNamespace(flow.id)}:instruments.${provision.instrument}.short`);
  const pinpoint = pinpointText(t, provision.kind, readingOf(provision, instrument?.numbering), instrument?.numbering);
  const citation = t(`ui:citation.${provision.kind}`, { instrument: name, pinpoint });
  return instrument?.standard ? t('ui:legal.standard', { citation }) : citation;
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

