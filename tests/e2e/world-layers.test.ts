import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFlow } from '../../flows/index.ts';
import type { FlowDefinition } from '../../src/engine/flow-types.ts';
import { composeDocument } from '../../src/export/compose-document.ts';
import { selectClauses } from '../../src/export/select-clauses.ts';
import { parseNegotiationFile } from '../../src/record/negotiation-file.ts';
import { builtAppForThisFile } from '../support/e2e-app.ts';
import {
  addSystem,
  answerQuestion,
  downloadDocument,
  downloadNegotiationFile,
  fillDetails,
  newSession,
  openHome,
  questionText,
  saveAndContinue,
  startNegotiation,
  stepTitle,
  t,
  temporaryDirectory,
  waitForHeading,
  type AnswerInput,
  type SystemInput,
} from '../support/e2e-journey.ts';
import { compactText, convertDocxFilesToPdf, normaliseText, pdfText } from '../support/office-convert.ts';

/**
 * One negotiation per jurisdiction layer beyond the EU and South Africa (and per EU national
 * overlay not walked in national-layers), as a representative
 * holds it: the country (and state, province or city) chosen in the picker, two systems, every
 * question on their paths answered in a mix of full answers, refusals and "does not know",
 * then the three documents downloaded and printed by LibreOffice. The agreement and the brief
 * must name the law they follow; the proposal must cite every provision the engine chose for the
 * answers (read back from the negotiation file the app exports), the letter every duty it
 * relies on, and the brief the union's own note.
 */
const EN = 'en' as const;
const app = builtAppForThisFile();
const downloads = temporaryDirectory('world-layers-');
afterAll(() => downloads.remove());

interface LayerJourney {
  readonly key: string;
  readonly union: string;
  readonly employer: string;
  readonly systems: readonly [SystemInput, SystemInput];
}

const JOURNEYS: readonly LayerJourney[] = [
  // The national overlays of the EU not walked elsewhere (Germany and Spain are, in national-layers).
  {
    key: 'eu+eu-fr',
    union: 'CGT Logistique Rhône',
    employer: 'Entrepôts Lyonnais SAS',
    systems: [
      { name: 'ScanPerf', vendor: 'Kestrel', category: 'performance', purpose: 'Scores préparateurs', affected: 'Préparateurs de commandes' },
      { name: 'BadgeCam', vendor: 'Vigilo', category: 'monitoring', purpose: 'Cameras at the gates', affected: 'All staff' },
    ],
  },
  {
    key: 'eu+eu-it',
    union: 'FILT CGIL Milano',
    employer: 'Logistica Padana S.p.A.',
    systems: [
      { name: 'RotaSmart', vendor: 'Turnix', category: 'scheduling', purpose: 'Plans shifts', affected: 'Warehouse staff' },
      { name: 'GeoFleet', vendor: 'Traccia', category: 'location', purpose: 'Tracks vans', affected: 'Drivers' },
    ],
  },
  {
    key: 'eu+eu-nl',
    union: 'FNV Havens Rotterdam',
    employer: 'Maasvlakte Terminals B.V.',
    systems: [
      { name: 'CraneScore', vendor: 'Portlogic', category: 'performance', purpose: 'Scores crane drivers', affected: 'Crane drivers' },
      { name: 'HireBot', vendor: 'Selecta', category: 'hiring', purpose: 'Screens applicants', affected: 'Applicants' },
    ],
  },
  {
    key: 'uk',
    union: 'Communication Workers Branch 12',
    employer: 'Parcelwise UK Ltd',
    systems: [
      { name: 'RouteRank', vendor: 'Tallis Analytics', category: 'performance', purpose: 'Ranks drivers by stops per hour', affected: 'All delivery drivers' },
      { name: 'DepotCam', vendor: 'Vigilo', category: 'monitoring', purpose: 'Cameras in the loading bays', affected: 'Depot staff' },
    ],
  },
  {
    key: 'us+us-ny+us-ny-nyc',
    union: 'RWDSU Local 338',
    employer: 'Hudson Grocers LLC',
    systems: [
      { name: 'HireSort', vendor: 'Candidex', category: 'hiring', purpose: 'Ranks applicants for store jobs', affected: 'Applicants and staff seeking promotion' },
      { name: 'TillWatch', vendor: 'Observa', category: 'monitoring', purpose: 'Email and internet monitoring', affected: 'Store and office staff' },
    ],
  },
  {
    key: 'ca+ca-qc',
    union: 'Syndicat des travailleurs de l’entrepôt de Laval',
    employer: 'Distribution Boréale inc.',
    systems: [
      { name: 'PalmClock', vendor: 'Veinsure', category: 'biometrics', purpose: 'Clocking in by palm vein', affected: 'All warehouse staff' },
      { name: 'VoicePick', vendor: 'Parla', category: 'performance', purpose: 'Directs and times picking', affected: 'Pickers' },
    ],
  },
  {
    key: 'au+au-nsw',
    union: 'Transport Workers Union, NSW branch',
    employer: 'Harbour Freight Pty Ltd',
    systems: [
      { name: 'CabCam', vendor: 'Lookout', category: 'monitoring', purpose: 'Driver-facing cameras in trucks', affected: 'All drivers' },
      { name: 'RosterIQ', vendor: 'Shiftly', category: 'scheduling', purpose: 'Builds rosters', affected: 'Drivers and yard staff' },
    ],
  },
  {
    key: 'br',
    union: 'Sindicato dos Comerciários de Cajamar',
    employer: 'Armazéns Paulista Ltda.',
    systems: [
      { name: 'PontoFace', vendor: 'Biotrack', category: 'biometrics', purpose: 'Clocking in by face', affected: 'All warehouse staff' },
      { name: 'MetaPick', vendor: 'Logix', category: 'performance', purpose: 'Scores pickers', affected: 'Pickers and packers' },
    ],
  },
  {
    key: 'in',
    union: 'IT Employees Union Pune',
    employer: 'Sahyadri Support Services Pvt Ltd',
    systems: [
      { name: 'DeskWatch', vendor: 'Observo', category: 'monitoring', purpose: 'Screens and keystrokes', affected: 'Support agents' },
      { name: 'FaceAttend', vendor: 'Vision Gate', category: 'biometrics', purpose: 'Attendance by face', affected: 'All staff' },
    ],
  },
  {
    key: 'ke',
    union: 'Kenya Union of Commercial Workers, Nairobi branch',
    employer: 'Savanna Retail Distribution Ltd',
    systems: [
      { name: 'ShelfEye', vendor: 'Optik', category: 'monitoring', purpose: 'Cameras with shelf analytics', affected: 'Store staff' },
      { name: 'HireFast', vendor: 'TalentIQ', category: 'hiring', purpose: 'Screens applicants', affected: 'Applicants' },
    ],
  },
  {
    key: 'ng',
    union: 'Lagos Bank Employees Union',
    employer: 'Atlantic Trust Bank Plc',
    systems: [
      { name: 'TellerTrack', vendor: 'Insight', category: 'performance', purpose: 'Scores tellers', affected: 'All tellers' },
      { name: 'BioLogin', vendor: 'SecureID', category: 'biometrics', purpose: 'Fingerprint log-in', affected: 'All staff' },
    ],
  },
  {
    key: 'kr',
    union: 'Icheon Logistics Workers Union',
    employer: 'Hanbit Fulfilment Co., Ltd.',
    systems: [
      { name: 'GateFace', vendor: 'Sejong Vision', category: 'biometrics', purpose: 'Entry gates by face', affected: 'All workers' },
      { name: 'TaskFlow', vendor: 'Nuri AI', category: 'scheduling', purpose: 'Allocates tasks', affected: 'Pickers' },
    ],
  },
  {
    key: 'intl',
    union: 'Cebu Contact Centre Workers Association',
    employer: 'Visayas Customer Care Inc.',
    systems: [
      { name: 'CallScore', vendor: 'Sentia', category: 'performance', purpose: 'Scores calls', affected: 'All agents' },
      { name: 'ShiftBot', vendor: 'Rota AI', category: 'scheduling', purpose: 'Plans shifts', affected: 'All agents' },
    ],
  },
];

/** The flow's question for each heading the wizard shows, to answer by id. */
function questionsByHeading(flow: FlowDefinition): ReadonlyMap<string, string> {
  return new Map(flow.questions.map((question) => [questionText(EN, flow.id, question.id), question.id]));
}

/**
 * The n-th answer of the walk: mostly answered (with the first option), with a refusal and a
 * "does not know" in every six, so that each document has something to ask for.
 */
function plannedAnswer(flow: FlowDefinition, questionId: string, index: number): AnswerInput {
  const options = flow.questions.find((question) => question.id === questionId)?.options;
  if (index % 6 === 2) return { status: 'refused' };
  if (index % 6 === 4) return { status: 'unknown' };
  return { status: 'answered', ...(options ? { choice: options[0] } : { words: 'Described.' }) };
}

const NOTE = 'Union note: raise this again at the next meeting.';

/** Answers every question of both systems until the review, the first with the union's note. */
async function answerEverything(page: Parameters<typeof answerQuestion>[0], flow: FlowDefinition): Promise<number> {
  const byHeading = questionsByHeading(flow);
  const reviewTitle = t(EN, 'review.title');
  for (let index = 0; index < 200; index += 1) {
    const heading = await stepTitle(page);
    if (heading === reviewTitle) return index;
    const questionId = byHeading.get(heading);
    if (!questionId) throw new Error(`"${heading}" is not a question of ${flow.id}`);
    await answerQuestion(page, EN, flow.id, questionId, { ...plannedAnswer(flow, questionId, index), ...(index === 0 ? { note: NOTE } : {}) });
    await saveAndContinue(page, EN);
  }
  throw new Error('The review was not reached after 200 questions');
}

const lawLine = (key: string) => key.split('+').map((id) => t(EN, `regions.${id}.name`)).join(t(EN, 'regions.separator'));

describe.each(JOURNEYS.map((journey) => [journey.key, journey] as const))('a negotiation under %s', (key, journey) => {
  it('is held from the picker to three printed documents that cite what its law gives', async () => {
    const flow = await loadFlow(key);
    if (!flow) throw new Error(`No checklist for ${key}`);
    const { context, page, problems } = await newSession(app.browser);
    await openHome(page, app.url, EN);
    await startNegotiation(page, EN, key);
    await fillDetails(page, EN, { union: journey.union, employer: journey.employer });
    for (const [index, system] of journey.systems.entries()) await addSystem(page, EN, system, index + 1);
    await page.getByRole('button', { name: t(EN, 'nav.continue'), exact: true }).press('Enter');
    await waitForHeading(page, questionText(EN, key, flow.questions[0]?.id ?? ''));
    expect(await answerEverything(page, flow)).toBeGreaterThan(40);

    const saved = await downloadNegotiationFile(page, EN, downloads.path);
    const reading = parseNegotiationFile(readFileSync(saved.path, 'utf8'));
    if (!reading.ok) throw new Error(`The negotiation file does not read back: ${JSON.stringify(reading.problem)}`);
    const record = reading.file.negotiations[0];
    expect(record.flowId).toBe(key);

    const documents = [];
    for (const kind of ['proposal', 'brief', 'letter'] as const) documents.push(await downloadDocument(page, EN, EN, kind, downloads.path));
    const pdfs = await convertDocxFilesToPdf(documents.map((document) => document.path), downloads.path);
    const [proposal = '', brief = '', letter = ''] = await Promise.all(pdfs.map(async (pdf) => normaliseText(await pdfText(pdf))));

    const cite = (id: string) => {
      const provision = flow.provisions.find((candidate) => candidate.id === id);
      if (!provision) throw new Error(`${key} has no provision ${id}`);
      return compactText(t(EN, `citation.${provision.kind}`, { instrument: t(EN, `flow-${key}:instruments.${provision.instrument}.short`), pinpoint: provision.pinpoint }));
    };
    // The agreement and the brief say on their cover which law they follow; the letter cites it provision by provision.
    for (const text of [proposal, brief]) expect(text).toContain(normaliseText(lawLine(key)));

    const clauses = selectClauses(flow, record).systems.flatMap((system) => system.clauses);
    for (const id of new Set(clauses.flatMap((clause) => clause.provisions))) expect(compactText(proposal), id).toContain(cite(id));
    // A clause no provision backs says that it creates the right (everywhere under the baseline).
    if (clauses.some((clause) => clause.provisions.length === 0)) {
      expect(compactText(proposal)).toContain(compactText(t(EN, 'document:noStatutoryRight', { jurisdiction: '' }).split('(')[0] ?? ''));
    }

    const letterModel = composeDocument(flow, record, { kind: 'letter', language: EN, generatedAt: new Date().toISOString() });
    const duties = new Set(letterModel.kind === 'letter' ? letterModel.systems.flatMap((system) => system.requests.flatMap((request) => request.provisions)) : []);
    for (const id of duties) expect(compactText(letter), id).toContain(cite(id));
    expect(normaliseText(brief)).toContain(normaliseText(NOTE));
    expect(normaliseText(proposal)).not.toContain(normaliseText(NOTE));
    expect(problems).toEqual([]);
    await context.close();
  });
});
