/**
 * Writes the example negotiations, one per jurisdiction key: examples/eu.json, examples/za.json
 * and examples/eu+eu-de.json (the EU with the German overlay). Made-up but plausible meetings,
 * every question on every system's path of the composed checklist (`loadFlow`) answered, with
 * internal notes.
 * Run with `npx tsx scripts/make-examples.ts`.
 *
 * Each system carries an explicit table of answers by question id. The record is built by
 * walking the system's path in order, re-reading the path after each answer as follow-ups
 * open, exactly as the wizard does; a question on the path with no entry in the table, or an
 * entry that never comes up on the path, is an error.
 */
import { deepStrictEqual } from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFlow } from '../flows/index.ts';
import { systemPath } from '../src/engine/checklist.ts';
import { ANSWER_STATUSES, type AnswerStatus, type FlowDefinition } from '../src/engine/flow-types.ts';
import { createRecord, type NegotiationMeta, type NegotiationRecord, type SystemEntry } from '../src/engine/negotiation.ts';
import { withAnswer, withMeta, withSystemAdded } from '../src/engine/record-updates.ts';
import { parseNegotiationFile, serialiseNegotiation } from '../src/record/negotiation-file.ts';

const NOW = '2026-11-24T16:00:00.000Z';
const OUT_DIR = join(import.meta.dirname, '..', 'examples');

/** One planned answer: management's status, the option chosen (when substantive), their words, our note. */
interface Planned {
  readonly status: AnswerStatus;
  readonly choice?: string;
  readonly words: string;
  readonly note?: string;
}

type AnswerTable = Readonly<Record<string, Planned>>;

interface ExampleSystem {
  readonly entry: SystemEntry;
  readonly answers: AnswerTable;
}

interface Example {
  readonly file: string;
  readonly id: string;
  readonly flow: FlowDefinition;
  readonly meta: NegotiationMeta;
  readonly systems: readonly ExampleSystem[];
}

/** The composed checklist for a jurisdiction key, as the app loads it. */
async function checklistFor(key: string): Promise<FlowDefinition> {
  const flow = await loadFlow(key);
  if (!flow) throw new Error(`No checklist for "${key}"`);
  return flow;
}

const euFlow = await checklistFor('eu');
const zaFlow = await checklistFor('za');
const euDeFlow = await checklistFor('eu+eu-de');

// ── European Union: a distribution centre in Hamburg ────────────────────────────────────────

const euScanners: ExampleSystem = {
  entry: {
    id: 'pickrate-scanner-scoring',
    name: 'PickRate performance scoring',
    vendor: 'Kestrel Warehouse Systems B.V.',
    category: 'performance',
    purpose: 'Scores each picker and packer from handheld-scanner events to plan staffing and identify workers for coaching.',
    affected: 'About 420 pickers, packers and forklift drivers, including agency workers, who use handheld scanners.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'Scan events with time stamps, item and bin location, idle time between scans, scanning errors, and device log-in and log-out. All from the scanners and the warehouse management system.',
    },
    purpose: {
      status: 'answered',
      words: 'Staffing plans per shift and zone, coaching for pickers below target, and the quarterly review of zone targets.',
      note: 'Appraisals and capability procedures were not named here, only when we asked about other uses.',
    },
    'special-category-data': {
      status: 'answered',
      choice: 'no',
      words: '"Only operational data. Nothing about health or anything sensitive."',
      note: 'Doubtful: restricted-duty flags from occupational health adjust individual targets. Ask the DPO directly.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'legitimate-interests',
      words: 'Legitimate interest in running the site efficiently and planning staffing.',
      note: 'Good for us: legitimate interests means members can object under Art. 21.',
    },
    'objection-route': {
      status: 'partly',
      words: 'A worker can write to the DPO. "Nobody has ever objected." No one named to decide and no time limit.',
      note: 'Art. 21: they must stop unless they show compelling grounds. Draft a model objection letter for members.',
    },
    'worker-notice': {
      status: 'partly',
      choice: 'partly',
      words: 'A notice went up on the staff noticeboard in March 2025; the general privacy policy is on the intranet.',
      note: 'Agency workers have no intranet access. The notice says nothing about rankings.',
    },
    'off-duty-collection': {
      status: 'partly',
      choice: 'no',
      words: '"Scanners are docked at the end of the shift and stop logging when the worker logs out."',
      note: 'Members say idle time keeps counting during breaks unless they log out. Collect examples from the night shift.',
    },
    'secondary-uses': {
      status: 'answered',
      choice: 'yes',
      words: 'Scores are discussed in annual appraisals and "may be referred to" in capability procedures.',
      note: 'Key demand: no use of scores in discipline or selection for redundancy.',
    },
    'union-activity-tracking': {
      status: 'answered',
      choice: 'no',
      words: '"The scanners log work tasks only."',
      note: 'Time off for union duties is booked as an "indirect" code on the scanner. Check whether it shows up as idle time.',
    },
    'inactive-functions': {
      status: 'answered',
      choice: 'yes',
      words: "Kestrel's \"Travel Path\" module, which maps each picker's route through the aisles, is licensed but not switched on.",
      note: 'Licensed but off is one click away. Nothing is switched on without agreement.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'yes',
      words: 'Each picker gets a daily productivity score from 0 to 100 and a weekly ranking within their shift.',
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'no',
      words: '"No, nothing of that kind."',
    },
    'automated-decisions': {
      status: 'partly',
      choice: 'partly',
      words: 'The system flags the bottom 10% each week; the shift manager decides on coaching or a performance improvement plan.',
      note: 'A weekly bottom-10% list is a forced ranking. Ask how often a flag did not lead to a plan.',
    },
    'human-review': {
      status: 'answered',
      choice: 'on-request',
      words: 'Shift managers review the flags; a worker can ask their team leader to check the underlying data.',
    },
    'human-reviewer': {
      status: 'follow-up',
      words: 'HR director to confirm what training shift managers have had and how long they spend on each flag.',
      note: 'Ask for the number of flags overturned in 2026.',
    },
    'logic-explanation': {
      status: 'refused',
      words: '"The scoring formula is Kestrel\'s trade secret. We cannot disclose it."',
      note: 'Push hard: Art. 15(1)(h) and C-203/22 say a trade secret is no answer to the workers concerned.',
    },
    'bias-testing': {
      status: 'unknown',
      words: 'Site manager not aware of any testing; will ask the vendor.',
      note: 'Older workers and those on restricted duties are likely to be penalised by pace-based scores.',
    },
    'annex-iii-high-risk': {
      status: 'answered',
      choice: 'no',
      words: '"It only supports managers. Our lawyers do not consider it a high-risk system."',
      note: 'It monitors and evaluates performance: that is Annex III point 4 on its face.',
    },
    'work-pace-targets': {
      status: 'answered',
      choice: 'yes',
      words: 'Targets are set per zone, 120 lines an hour in ambient and 90 in chilled, and reviewed every quarter.',
      note: 'Link to the health and safety committee: musculoskeletal complaints in chilled are up.',
    },
    'pay-linked-scores': {
      status: 'partly',
      choice: 'no',
      words: '"No bonus depends on PickRate." The annual appraisal, which sets the merit increase, "may take the scores into account".',
      note: 'That is pay, indirectly. Ask how many 2026 appraisals quoted scores.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'yes',
      words: 'Shift staffing is planned from PickRate forecasts. "No redundancies are planned."',
      note: 'Eight agency posts on the night shift went in October. Ask for the staffing plan for 2027.',
    },
    'storage-location': {
      status: 'answered',
      words: "Kestrel's cloud platform, hosted in Frankfurt.",
    },
    'cross-border-transfers': {
      status: 'partly',
      choice: 'yes',
      words: '"Kestrel\'s support desk in India can log in for troubleshooting. We believe standard contractual clauses are in place."',
    },
    'transfer-safeguards': {
      status: 'unknown',
      words: 'The DPO could not say which standard contractual clauses apply or whether a transfer impact assessment was made.',
      note: "Ask for the clauses and the list of Kestrel's sub-processors in India.",
    },
    'internal-access': {
      status: 'answered',
      words: 'Shift managers see their own teams; site management and HR see everyone; Kestrel support only on a ticket.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Kestrel hosts the platform and provides support, including from its support desk in India.',
    },
    'vendor-contract': {
      status: 'partly',
      choice: 'yes',
      words: 'There is a data processing agreement with Kestrel, but management will not show it: "commercially confidential".',
      note: 'We only need the data protection terms, not the prices. Offer to accept redactions.',
    },
    'third-party-use': {
      status: 'partly',
      choice: 'no',
      words: '"Nothing is sold." Kestrel does produce anonymised industry benchmarks from all its customers\' data.',
      note: 'Benchmarking is Kestrel\'s own purpose. Check whether scores are really anonymised.',
    },
    'breach-notice': {
      status: 'partly',
      words: 'Personal log-ins on every scanner; Kestrel reports incidents to the DPO "without undue delay". Workers would be told "if the law requires it".',
      note: "No commitment to tell the works council. Ask whether the outage at Kestrel in June was a breach.",
    },
    'retention-period': {
      status: 'answered',
      choice: 'defined',
      words: 'Raw scan data 90 days; daily scores and rankings 24 months.',
    },
    'worker-access-requests': {
      status: 'answered',
      words: 'Pickers see their daily score on the scanner. A full copy, rankings included, through the DPO within one month, free of charge.',
    },
    'correction-deletion': {
      status: 'partly',
      words: 'A team leader can correct scan errors, for example from a faulty scanner. A score already in the weekly ranking is not recalculated.',
      note: 'A wrong score stays on the bottom-10% list. Demand recalculation and removal of the flag.',
    },
    'leavers-data': {
      status: 'partly',
      words: 'Scores are kept for 24 months after a worker leaves "in case of claims"; a copy on request.',
      note: 'Two years after leaving is too long for scores nobody can explain.',
    },
    'training-reuse': {
      status: 'unknown',
      words: 'DPO does not know whether Kestrel uses the data to improve its models.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'yes',
      words: 'A DPIA was completed by the group DPO in 2025 before the roll-out.',
    },
    'reps-views-sought': {
      status: 'answered',
      choice: 'no',
      words: 'The works council was not asked; the DPIA was treated as an internal compliance document.',
      note: 'Push hard here: the DPIA was never shown to the works council.',
    },
    'impact-assessment-shared': {
      status: 'refused',
      words: '"The DPIA is an internal document and will not be shared."',
    },
    'union-information': {
      status: 'answered',
      choice: 'no',
      words: 'The union has the roll-out slides from 2025. Specifications and the Kestrel contract "are not ours to share".',
    },
    'ai-act-worker-information': {
      status: 'answered',
      choice: 'no',
      words: 'No information is planned, since management does not regard the system as high-risk.',
    },
    consultation: {
      status: 'partly',
      choice: 'yes',
      words: '"We are happy to discuss changes with the works council", but no commitment to reach agreement first.',
    },
    'audit-review': {
      status: 'follow-up',
      words: 'Site manager will bring a proposal for a review to the next meeting.',
    },
  },
};

const euCvScreening: ExampleSystem = {
  entry: {
    id: 'talentsift-cv-screening',
    name: 'TalentSift CV screening',
    vendor: 'Hirewise AI Ltd',
    category: 'hiring',
    purpose: 'Ranks applications for warehouse operative and team leader vacancies and rejects those below a match threshold.',
    affected: 'All external applicants, and employees applying internally for team leader posts.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'CVs, application form answers, a 15-minute online questionnaire and, if the applicant links it, their LinkedIn profile.',
    },
    purpose: {
      status: 'answered',
      words: 'Shortlisting for operative and team leader vacancies: about 3,000 applications a year for some 60 posts.',
    },
    'special-category-data': {
      status: 'partly',
      choice: 'yes',
      words: 'Applicants can disclose a disability to ask for adjustments. "The tool does not use it," according to the vendor.',
    },
    'special-category-basis': {
      status: 'unknown',
      words: 'HR could not say which exception applies. Disability information is visible to recruiters in the same screen.',
      note: 'Demand that disability information is held apart from the ranking and the recruiter\'s view.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'contract',
      words: 'Steps taken at the applicant\'s request before entering into a contract.',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'yes',
      words: 'The privacy notice on the careers page covers it.',
      note: 'The careers-page notice does not mention automated ranking or rejection. Screenshot it.',
    },
    'secondary-uses': {
      status: 'answered',
      choice: 'no',
      words: '"Used for recruitment only."',
      note: 'Get it in writing that internal candidates\' scores never reach their personnel file.',
    },
    'union-activity-tracking': {
      status: 'partly',
      choice: 'no',
      words: '"We never ask about it." Recruiters do see linked LinkedIn profiles, which may list union roles.',
      note: 'Internal candidates who are shop stewards must not lose out. Ask whether the model reads profile text.',
    },
    'inactive-functions': {
      status: 'answered',
      choice: 'yes',
      words: 'Hirewise offers one-way video interviews with automated assessment. "We have no plans to use it."',
      note: 'Video scoring would bring emotion analysis in by the back door. It must need our agreement first.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'yes',
      words: 'Every applicant gets a match score and a "reliability indicator" derived from the questionnaire.',
      note: '"Reliability" from a personality questionnaire: ask what it predicts and how it was validated.',
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'no',
      words: 'No video interviews and no emotion analysis.',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'solely',
      words: 'Applications below a 40% match for operative roles are rejected automatically; recruiters see the rest.',
      note: 'Solely automated rejection with significant effects: Art. 22. Our strongest point on this system.',
    },
    'automated-decision-exception': {
      status: 'answered',
      choice: 'contract',
      words: '"It is necessary to handle thousands of applications before we can offer a contract."',
      note: 'Necessity is doubtful: recruiters read the rest by hand. Art. 22(3) safeguards apply anyway.',
    },
    'human-review': {
      status: 'answered',
      choice: 'on-request',
      words: 'A rejected applicant can e-mail the recruitment team and a recruiter will look at the application again.',
    },
    'human-reviewer': {
      status: 'partly',
      words: 'A recruiter from the central talent team. No specific training on the tool; "a few minutes" per case.',
    },
    'logic-explanation': {
      status: 'partly',
      choice: 'partly',
      words: 'The vendor\'s brochure says it matches skills and experience against the job profile. The weighting is not disclosed.',
    },
    'bias-testing': {
      status: 'partly',
      choice: 'yes',
      words: 'Hirewise says it was audited for gender and age bias in 2024. Management has not seen the report.',
      note: 'Ask for the audit itself. Nothing on ethnic origin or disability, which matters for our workforce.',
    },
    'bias-test-results': {
      status: 'refused',
      words: '"The audit report belongs to Hirewise and is confidential."',
      note: 'If the audit is as good as they say, they can show it. Offer to read it under a confidentiality undertaking.',
    },
    'annex-iii-high-risk': {
      status: 'answered',
      choice: 'yes',
      words: '"Yes, recruitment is high-risk. We are preparing for the AI Act deadline."',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'yes',
      words: 'Pay follows the collective agreement. For internal candidates, the match score decides who is interviewed for team leader posts.',
      note: 'Promotion by match score. Every internal applicant should get an interview.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'no',
      words: '"The recruitment team is the same size; the tool only saves time."',
      note: 'Two recruiter posts were not refilled in 2025. Check with the talent team.',
    },
    'storage-location': {
      status: 'answered',
      words: "Hirewise's cloud in Dublin, on Microsoft Azure.",
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'yes',
      words: 'The Hirewise engineering team in London has access; the UK has an adequacy decision.',
    },
    'transfer-safeguards': {
      status: 'answered',
      words: 'The adequacy decision for the United Kingdom. Management will show us the transfer clause of the Hirewise agreement.',
    },
    'internal-access': {
      status: 'answered',
      words: 'The central talent team, and hiring managers for their own vacancies only.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Hirewise runs the tool; Microsoft hosts it on Azure for Hirewise.',
    },
    'vendor-contract': {
      status: 'answered',
      choice: 'yes',
      words: 'A data processing agreement was signed with Hirewise in 2024.',
    },
    'third-party-use': {
      status: 'unknown',
      words: '"We would have to check the vendor\'s terms."',
    },
    'breach-notice': {
      status: 'follow-up',
      words: "DPO will check Hirewise's incident procedure and report at the next meeting.",
    },
    'retention-period': {
      status: 'answered',
      choice: 'defined',
      words: 'Unsuccessful applications are deleted after six months; for people hired, data moves to the personnel file.',
    },
    'worker-access-requests': {
      status: 'partly',
      words: 'Applicants can ask for their data through the careers page. "The match score is an internal working document."',
      note: 'The score is personal data and falls under Art. 15. Ask how many requests they had.',
    },
    'correction-deletion': {
      status: 'answered',
      words: 'An applicant can update the application, or ask for it to be deleted, until the vacancy closes.',
    },
    'leavers-data': {
      status: 'not-applicable',
      words: 'Management says the tool holds applicant data only and nothing is kept in it once someone is hired.',
      note: 'Check whether the match score travels into the personnel file with the rest of the application.',
    },
    'training-reuse': {
      status: 'answered',
      choice: 'yes',
      words: 'Hirewise uses "anonymised" application data to improve its model; this is in the contract.',
      note: 'Anonymised CVs are hardly possible. Demand that this clause is removed at renewal.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'in-progress',
      words: 'A DPIA is being drafted with the vendor, due in the first quarter of 2027.',
      note: 'The tool has been live since spring 2025 without a DPIA.',
    },
    'reps-views-sought': {
      status: 'answered',
      choice: 'yes',
      words: 'The works council will be invited to comment on the draft.',
    },
    'impact-assessment-shared': {
      status: 'partly',
      choice: 'summary',
      words: 'A summary will be provided once the DPIA is final.',
      note: 'A summary after the fact is not consultation. Ask for the draft.',
    },
    'union-information': {
      status: 'answered',
      choice: 'no',
      words: 'The union was not told before the tool went live in spring 2025.',
    },
    'ai-act-worker-information': {
      status: 'answered',
      choice: 'planned',
      words: 'Information for staff and applicants is planned before the AI Act obligations apply.',
    },
    consultation: {
      status: 'answered',
      choice: 'yes',
      words: 'Management agrees to consult before any change to the thresholds or a new module.',
    },
    'audit-review': {
      status: 'partly',
      choice: 'yes',
      words: 'An annual review of hiring outcomes; the union may see aggregate figures.',
    },
  },
};

const euCameras: ExampleSystem = {
  entry: {
    id: 'sitesight-camera-analytics',
    name: 'SiteSight video analytics',
    vendor: 'Optivue Security GmbH',
    category: 'monitoring',
    purpose: 'CCTV on docks, aisles and entrances, with analytics to detect forklift near-misses, missing safety equipment and theft.',
    affected: 'Everyone on site: about 480 employees, agency workers, lorry drivers and visitors.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'Video of docks, aisles, entrances and the canteen corridor. The analytics detect people, forklifts, safety vests and dwell time in zones. No audio.',
    },
    purpose: {
      status: 'answered',
      words: 'Safety on the docks: detecting forklift near-misses and missing high-visibility vests. And preventing theft.',
    },
    'special-category-data': {
      status: 'answered',
      choice: 'no',
      words: '"Face recognition is not switched on."',
      note: 'The product has a face-matching module. Get it in writing that it stays off.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'legitimate-interests',
      words: 'Legitimate interests: safety on the docks and protection of stock.',
    },
    'objection-route': {
      status: 'refused',
      words: '"You cannot opt out of CCTV on a site like this."',
      note: 'Art. 21 still applies, at least to the analytics. Dwell-time alerts can be switched off for a person.',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'yes',
      words: 'Signs at every entrance; the CCTV policy is in the staff handbook.',
      note: 'Neither the signs nor the handbook mention the analytics added in 2025.',
    },
    'off-duty-collection': {
      status: 'answered',
      choice: 'yes',
      words: 'Cameras also cover the smoking area and the staff car park, 24 hours a day.',
      note: 'Smoking area is a break space. Demand those cameras are removed or masked.',
    },
    'secondary-uses': {
      status: 'refused',
      words: '"We will not limit in advance how footage may be used in an investigation."',
      note: 'Footage was used in the September dismissal on the night shift, so in practice the answer is yes.',
    },
    'union-activity-tracking': {
      status: 'answered',
      choice: 'yes',
      words: 'The canteen corridor camera also shows the door of the works council office. "Nobody watches it for that."',
      note: 'Everyone who visits the works council is on film. Demand the camera is moved or that part masked.',
    },
    'inactive-functions': {
      status: 'answered',
      choice: 'yes',
      words: 'Face matching and "aggression detection" are in the product but not licensed.',
      note: 'Face matching would be biometric data. Both only with our agreement, in writing.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'no',
      words: '"The analytics work on anonymous objects, not on identified people."',
      note: 'Dwell-time alerts give zone and time. With the rota, anyone can be identified.',
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'no',
      words: 'Optivue offers an "aggression detection" module, but it has not been bought.',
      note: 'Ask for a written commitment never to activate it. Banned at work in any case since February 2025.',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'none',
      words: 'Alerts go to the security team; no decisions about workers are taken by the system.',
    },
    'annex-iii-high-risk': {
      status: 'answered',
      choice: 'not-ai',
      words: '"It is video software, not artificial intelligence."',
      note: 'Optivue\'s own brochure says "AI-powered detection". Bring a copy.',
    },
    'work-pace-targets': {
      status: 'partly',
      choice: 'yes',
      words: 'Not used for targets, "but congestion and dwell-time alerts go to the shift managers."',
    },
    'job-impact': {
      status: 'answered',
      choice: 'no',
      words: '"No one\'s job has changed."',
      note: 'Night security went from four guards to two after the analytics came in.',
    },
    'storage-location': {
      status: 'answered',
      words: 'Recordings on a server on site in Hamburg; the analytics run in Optivue\'s data centre in Munich.',
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'no',
      words: '"Everything stays in Germany."',
    },
    'internal-access': {
      status: 'partly',
      words: 'The security team and the site manager; HR on request for investigations. "Access should be logged."',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Optivue runs the analytics in its Munich data centre and maintains the server on site.',
    },
    'vendor-contract': {
      status: 'answered',
      choice: 'yes',
      words: 'Optivue operates the analytics under a processing agreement signed in 2023.',
    },
    'third-party-use': {
      status: 'answered',
      choice: 'no',
      words: '"No, never."',
    },
    'breach-notice': {
      status: 'answered',
      words: 'The server room is locked and footage is encrypted. The DPO deals with incidents: a laptop with clips was stolen in 2024 and reported to the authority.',
      note: 'The works council was never told about the stolen laptop.',
    },
    'retention-period': {
      status: 'answered',
      choice: 'defined',
      words: 'Footage is overwritten after 72 hours unless flagged; flagged clips are kept until the case is closed.',
      note: '"Until the case is closed" is open-ended. Demand a cap.',
    },
    'worker-access-requests': {
      status: 'partly',
      words: 'A worker can ask the DPO to see footage of themselves. A copy "only if everyone else can be blurred".',
    },
    'correction-deletion': {
      status: 'answered',
      words: 'Footage is not corrected. A flagged clip is deleted early if the case is dropped.',
    },
    'leavers-data': {
      status: 'not-applicable',
      words: 'Footage is not filed per person, so there is nothing specific to delete when someone leaves.',
    },
    'training-reuse': {
      status: 'follow-up',
      words: 'DPO will check with Optivue whether footage is used to train its detection models.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'no',
      words: 'No DPIA: the cameras date from 2019 and the analytics came "as a software update".',
      note: 'The analytics upgrade is new processing and needs a DPIA. Raise with the DPO in writing.',
    },
    'union-information': {
      status: 'answered',
      choice: 'no',
      words: 'The works council was told of the analytics by e-mail after the update was installed.',
    },
    consultation: {
      status: 'refused',
      words: '"Site security is a management decision."',
      note: 'Monitoring equipment is subject to co-determination. Brief the works council chair before the next meeting.',
    },
    'audit-review': {
      status: 'answered',
      choice: 'no',
      words: 'No formal review is planned.',
    },
  },
};

const eu: Example = {
  file: 'eu.json',
  id: 'example-eu',
  flow: euFlow,
  meta: {
    union: "Transport and Logistics Workers' Union",
    employer: 'NordFreight Logistics GmbH',
    workplace: 'Hamburg distribution centre',
    date: '2026-11-24',
    round: 'First meeting',
    present:
      'Union: Katrin Vogel (regional organiser), Mehmet Arslan and Julia Brandt (shop stewards). Management: Dr Stefan Keller (HR director), Anna Lindqvist (data protection officer), Thomas Brenner (site manager).',
  },
  systems: [euScanners, euCvScreening, euCameras],
};

// ── South Africa: a contact centre in Umhlanga ──────────────────────────────────────────────

const zaSpeechAnalytics: ExampleSystem = {
  entry: {
    id: 'voiceiq-speech-analytics',
    name: 'VoiceIQ call recording and speech analytics',
    vendor: 'Sonaris Analytics Inc., through its local reseller',
    category: 'monitoring',
    purpose: 'Records and transcribes every call, and scores agents on script compliance, sentiment and customer satisfaction.',
    affected: 'About 650 agents and team leaders on inbound and outbound campaigns.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'Call recordings, transcripts, desktop activity during calls, handle, hold and after-call time, QA scores and customer survey results.',
    },
    purpose: {
      status: 'partly',
      words: 'Quality assurance, compliance for insurance clients and coaching. Management accepted that QA scores are also used in disciplinary hearings.',
      note: 'Use in discipline is the main issue for members. Purpose clause is a priority.',
    },
    'special-category-data': {
      status: 'partly',
      choice: 'yes',
      words: 'Recordings capture voices, but "no voiceprints are made". The information officer could not name the authorisation relied on.',
    },
    'special-category-basis': {
      status: 'unknown',
      words: 'No one could say which authorisation applies. There are no written rules for staff on who may listen to recordings.',
      note: 'If voice is used as biometric information, section 33 needs a rule under labour legislation or a collective agreement.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'legitimate-interests',
      words: '"Our legitimate interest in service quality, and our contracts with clients."',
      note: 'Yet agents sign a monitoring consent form at induction. Point out the contradiction.',
    },
    'objection-route': {
      status: 'partly',
      words: 'An agent could use the grievance procedure, but "recording is a condition of the job."',
      note: 'Section 11(3)(a) requires them to consider objections. Test it with a member\'s written objection.',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'partly',
      words: 'The induction consent form covers call recording but not speech analytics or the overseas vendor.',
    },
    'off-duty-collection': {
      status: 'answered',
      choice: 'no',
      words: 'Only calls and the agent desktop while the agent is logged in to the dialler.',
      note: 'Agents say the softphone records personal calls on breaks if the status is not changed.',
    },
    'secondary-uses': {
      status: 'answered',
      choice: 'yes',
      words: 'QA scores are used in disciplinary hearings and to choose agents for the premium insurance campaigns.',
    },
    'union-activity-tracking': {
      status: 'refused',
      words: '"We respect freedom of association and will not entertain that question."',
      note: 'Shop stewards speak to members on recorded lines. Raise the 2025 incident with the transcript.',
    },
    'inactive-functions': {
      status: 'partly',
      choice: 'yes',
      words: 'Sonaris offers voice-print authentication for customers. The IT manager thinks it is off, "but the licence includes it".',
      note: 'A voiceprint module contradicts what we were told about special information. Ask for the licence schedule.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'yes',
      words: 'An automated QA score for every call, a weekly "sentiment index" and a compliance score per agent.',
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'yes',
      words: 'The sentiment module detects frustration in the customer\'s and the agent\'s tone of voice.',
      note: 'Agent-side sentiment is emotion detection on workers. Demand it is switched off for agents.',
    },
    'automated-decisions': {
      status: 'partly',
      choice: 'partly',
      words: 'Scores feed the monthly incentive and go to team leaders, who decide on coaching and warnings.',
    },
    'human-review': {
      status: 'answered',
      choice: 'on-request',
      words: 'A QA analyst re-listens to the call if the agent disputes the score within five working days.',
    },
    'human-reviewer': {
      status: 'answered',
      words: 'A QA analyst from the quality team, trained by the reseller. Disputes are decided within five working days and the analyst can change the score.',
    },
    'logic-explanation': {
      status: 'partly',
      choice: 'partly',
      words: 'Agents get the QA scorecard with the script items. How the automated score and the sentiment index are weighted is "in the vendor\'s model".',
    },
    'bias-testing': {
      status: 'unknown',
      words: 'Management does not know whether Sonaris tested the model on South African accents and languages.',
      note: 'isiZulu-first speakers report lower automated scores. Gather examples before the next meeting.',
    },
    'work-pace-targets': {
      status: 'answered',
      choice: 'yes',
      words: 'The incentive bonus requires an average QA score of 85% or more.',
      note: 'Bonus tied to an untested algorithm. Link to the health and safety committee on stress.',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'yes',
      words: 'The monthly incentive is paid on the QA average, and QA scores count when team leader posts are filled.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'yes',
      words: 'Automated QA replaced manual sampling: the QA team went from 14 analysts to 6 in 2025.',
      note: 'HR says the analysts were redeployed, not retrenched. Check with the members concerned.',
    },
    'storage-location': {
      status: 'answered',
      words: 'Recordings are kept on site for 90 days; transcripts and analytics are in Sonaris\'s cloud in the United States.',
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'yes',
      words: 'Transcripts and scores go to Sonaris in the United States.',
    },
    'transfer-safeguards': {
      status: 'follow-up',
      words: 'IT manager will check the agreement with Sonaris and report back.',
      note: 'Voice data may be special personal information: ask whether the Regulator authorised the transfer.',
    },
    'internal-access': {
      status: 'answered',
      words: 'Team leaders, QA analysts and operations managers, and clients\' QA teams for their own campaigns.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Sonaris processes recordings under an operator agreement; the reseller supports the system locally.',
    },
    'vendor-contract': {
      status: 'partly',
      choice: 'yes',
      words: 'There is an operator agreement with Sonaris. The reseller works under a maintenance contract "that may not cover data".',
      note: 'Section 21 needs a written contract with every operator, the reseller included.',
    },
    'third-party-use': {
      status: 'refused',
      words: '"Our arrangements with clients are confidential. We will not discuss them here."',
      note: 'Members have seen client QA reports with agents\' names and scores. Push for team-level figures only.',
    },
    'breach-notice': {
      status: 'partly',
      words: 'ISO 27001 controls; the information officer would notify the Regulator. No commitment to tell the union.',
    },
    'retention-period': {
      status: 'answered',
      choice: 'defined',
      words: 'Recordings six months, five years for some insurance campaigns; scores 12 months.',
    },
    'worker-access-requests': {
      status: 'partly',
      words: 'Agents can listen to their own calls with their team leader, but get no copies.',
    },
    'correction-deletion': {
      status: 'unknown',
      words: 'No one could say how a wrong score is corrected, other than through the QA dispute.',
    },
    'leavers-data': {
      status: 'answered',
      words: 'Kept in line with client retention requirements, then deleted.',
    },
    'training-reuse': {
      status: 'answered',
      choice: 'yes',
      words: 'Sonaris uses de-identified transcripts to improve its speech models, including for South African English.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'yes',
      words: 'Completed in 2025 by the compliance team, signed off by the information officer.',
    },
    'reps-views-sought': {
      status: 'answered',
      choice: 'no',
      words: '"It was a compliance exercise; the union was not part of it."',
    },
    'impact-assessment-shared': {
      status: 'answered',
      choice: 'no',
      words: '"It is an internal compliance document."',
      note: 'Request it in writing under section 16 of the LRA as relevant information.',
    },
    'union-representativeness': {
      status: 'answered',
      choice: 'majority',
      words: 'Management accepts that the union represents a majority of employees at the centre.',
    },
    'union-information': {
      status: 'refused',
      words: '"You had a presentation in August. Specifications and the vendor contract are confidential."',
      note: 'Confidentiality must be claimed in writing; if they refuse, refer the disclosure dispute to the CCMA.',
    },
    consultation: {
      status: 'answered',
      choice: 'no',
      words: '"Recording is how the business works. We will inform the union of any changes."',
      note: 'Informing is not consulting. Tie this to the disclosure request under section 16.',
    },
    'workplace-forum': {
      status: 'answered',
      choice: 'no-forum',
      words: 'There is no workplace forum at the centre.',
    },
    'audit-review': {
      status: 'follow-up',
      words: 'Head of operations will consider a joint review and reply in writing.',
    },
  },
};

const zaScheduling: ExampleSystem = {
  entry: {
    id: 'shiftwise-workforce-management',
    name: 'ShiftWise workforce management',
    vendor: 'Rostra Workforce Software Ltd',
    category: 'scheduling',
    purpose: 'Forecasts call volumes, builds rosters, handles leave and shift swaps, and tracks schedule adherence in real time.',
    affected: 'All agents and team leaders, including fixed-term staff on seasonal campaigns.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'Log-in and log-out times, status codes (available, after-call work, break, training), adherence, leave requests, skills, languages and shift preferences.',
    },
    purpose: {
      status: 'answered',
      words: 'Forecasting, rostering and real-time adherence.',
    },
    'special-category-data': {
      status: 'answered',
      choice: 'yes',
      words: 'Sick-leave records and medical certificates are stored in the leave module.',
    },
    'special-category-basis': {
      status: 'partly',
      words: 'Medical certificates are needed for sick leave under the BCEA. Team leaders can open them in the leave module.',
      note: 'Team leaders do not need the diagnosis. Only HR should see certificates.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'contract',
      words: '"It is needed to run the employment contract: people have to work a roster."',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'no',
      words: 'No separate notice; "it is part of how the centre runs."',
    },
    'off-duty-collection': {
      status: 'answered',
      choice: 'yes',
      words: 'Agents use the ShiftWise app on their own phones for rosters and swaps. "No location is collected."',
      note: 'Ask what device data the app collects, and whether swap requests after hours count as availability.',
    },
    'secondary-uses': {
      status: 'answered',
      choice: 'yes',
      words: 'Adherence reports are attached to warnings for late-coming and absenteeism.',
    },
    'union-activity-tracking': {
      status: 'answered',
      choice: 'yes',
      words: 'Shop stewards\' union leave is recorded under its own status code.',
      note: 'The "UNION" code is visible to every team leader. Demand a neutral code.',
    },
    'inactive-functions': {
      status: 'answered',
      choice: 'no',
      words: '"Everything we bought is switched on."',
      note: 'Rostra advertises a "mobile location" feature. Ask whether the ShiftWise app can do it.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'yes',
      words: 'An adherence percentage per agent and a "reliability rating" that sets priority for shift preferences.',
    },
    'emotion-recognition': {
      status: 'not-applicable',
      words: 'Management says it is a rostering tool with no such function.',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'solely',
      words: 'The system assigns shifts and approves or declines swaps and leave requests against staffing thresholds.',
    },
    'automated-decision-exception': {
      status: 'answered',
      choice: 'contract',
      words: '"Agents agree to work the roster in their contracts."',
      note: 'Section 71(2) also needs protective measures. Ask which ones.',
    },
    'representations-and-logic': {
      status: 'partly',
      choice: 'no',
      words: 'Agents can raise a query with the planning team; the rules are not documented for agents.',
    },
    'human-review': {
      status: 'partly',
      choice: 'on-request',
      words: 'Workforce planners "can override" if an agent escalates through the team leader.',
    },
    'human-reviewer': {
      status: 'follow-up',
      words: 'HR manager will find out how many overrides the planners made this year, and on what rules.',
    },
    'logic-explanation': {
      status: 'answered',
      choice: 'no',
      words: '"Agents do not need to know how the rating works. It is based on attendance."',
      note: 'The reliability rating decides shift preferences. Demand the rules in writing.',
    },
    'bias-testing': {
      status: 'answered',
      choice: 'no',
      words: '"Not tested. It is a mathematical scheduling tool."',
      note: 'Parents and agents who depend on taxis lose priority through the reliability rating. Indirect discrimination.',
    },
    'work-pace-targets': {
      status: 'answered',
      choice: 'yes',
      words: 'Adherence below 90% in a month disqualifies the agent from the attendance bonus.',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'yes',
      words: 'Adherence decides the attendance bonus, and the reliability rating is looked at for promotion to team leader.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'yes',
      words: 'Split shifts on the outbound campaigns follow the forecasts, and the rostering team went from five to two.',
      note: 'Split shifts mean two taxi fares a day. Raise with the transport allowance.',
    },
    'storage-location': {
      status: 'answered',
      words: 'Rostra\'s cloud in Ireland.',
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'yes',
      words: 'The rosters are hosted by Rostra in Ireland.',
    },
    'transfer-safeguards': {
      status: 'answered',
      words: 'Ireland is covered by the GDPR, and there is a data processing agreement with Rostra.',
    },
    'internal-access': {
      status: 'answered',
      words: 'The planning team, team leaders for their own teams, and payroll for adherence and leave.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Rostra hosts and supports the system under a written agreement.',
    },
    'vendor-contract': {
      status: 'answered',
      choice: 'yes',
      words: 'A data processing agreement with Rostra. The union may see its data protection schedule, not the prices.',
    },
    'third-party-use': {
      status: 'answered',
      choice: 'no',
      words: '"No one else gets the rosters."',
    },
    'breach-notice': {
      status: 'unknown',
      words: 'Not sure; "it would depend on the vendor."',
    },
    'retention-period': {
      status: 'partly',
      choice: 'indefinite',
      words: 'Adherence data is kept "as long as needed for payroll queries".',
    },
    'worker-access-requests': {
      status: 'answered',
      words: 'Agents see their own adherence in the app. A full request goes to the information officer, free of charge, answered within 30 days.',
    },
    'correction-deletion': {
      status: 'answered',
      words: 'Planning corrects adherence errors if the agent logs a ticket within seven days.',
    },
    'leavers-data': {
      status: 'follow-up',
      words: 'HR manager will check what Rostra keeps after an agent leaves.',
    },
    'training-reuse': {
      status: 'unknown',
      words: '"We don\'t know whether Rostra uses our data for its forecasting models."',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'in-progress',
      words: 'Started in October by the information officer with Rostra.',
    },
    'reps-views-sought': {
      status: 'answered',
      choice: 'yes',
      words: 'Agents on two campaigns will be surveyed, and the union asked to comment.',
    },
    'impact-assessment-shared': {
      status: 'answered',
      choice: 'yes',
      words: 'The draft will be shared with the union and comments considered before it is finalised.',
      note: 'Good. Set a date, and send our questions on the reliability rating in advance.',
    },
    'union-representativeness': {
      status: 'answered',
      choice: 'majority',
      words: 'As for VoiceIQ: majority accepted.',
    },
    'union-information': {
      status: 'answered',
      choice: 'no',
      words: 'Not yet; the roll-out plan can be provided.',
    },
    consultation: {
      status: 'partly',
      choice: 'yes',
      words: '"We will talk to the union about the new module", but rosters remain management\'s decision.',
    },
    'workplace-forum': {
      status: 'answered',
      choice: 'no-forum',
      words: 'No workplace forum.',
    },
    'audit-review': {
      status: 'answered',
      choice: 'yes',
      words: 'A joint review six months after the new module goes live.',
    },
  },
};

const zaClockIn: ExampleSystem = {
  entry: {
    id: 'fingertime-biometric-clock-in',
    name: 'FingerTime biometric clock-in',
    vendor: 'SecuTime Systems (Pty) Ltd',
    category: 'biometrics',
    purpose: 'Fingerprint terminals at the entrances record arrival and departure times for payroll.',
    affected: 'All staff at the Umhlanga site.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'Fingerprint templates, employee number, clock-in and clock-out times and the terminal used.',
    },
    purpose: {
      status: 'answered',
      words: 'Time and attendance for payroll, and to stop "buddy punching".',
    },
    'special-category-data': {
      status: 'answered',
      choice: 'yes',
      words: 'Fingerprints are biometric information; the company relies on the employee\'s consent.',
    },
    'special-category-basis': {
      status: 'partly',
      words: 'Consent at enrolment. No staff rules beyond the attendance policy.',
      note: 'Consent from an employee is rarely free. Ask which other authorisation they could rely on, and write rules into the agreement.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'consent',
      words: '"Staff consented when they were enrolled."',
      note: 'Consent given on the first day, with no alternative offered, is not freely given.',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'partly',
      words: 'Enrolment form explains clocking in but says nothing about storage, the vendor or workers\' rights.',
    },
    'off-duty-collection': {
      status: 'answered',
      choice: 'no',
      words: 'Only at the terminals at the entrances.',
    },
    'secondary-uses': {
      status: 'answered',
      choice: 'no',
      words: '"Clocking data is for payroll only."',
      note: 'Late-coming reports lead to warnings (see the decisions answer). That is discipline.',
    },
    'union-activity-tracking': {
      status: 'answered',
      choice: 'no',
      words: '"No."',
    },
    'inactive-functions': {
      status: 'unknown',
      words: 'HR did not know whether the photo-capture feature of the terminals is on.',
      note: 'The terminals have a camera. Ask SecuTime for the configuration.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'no',
      words: 'It records times only.',
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'no',
      words: '"Fingerprint readers cannot do that."',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'partly',
      words: 'Late-coming reports go to supervisors, who decide on deductions or warnings.',
    },
    'human-review': {
      status: 'answered',
      choice: 'always',
      words: 'Supervisors approve every deduction before the payroll run.',
      note: 'Members say deductions appear without anyone speaking to them. Collect payslips.',
    },
    'human-reviewer': {
      status: 'answered',
      words: 'The department supervisor, with no training on the system. If the supervisor does not respond within two days, payroll applies the deduction.',
    },
    'logic-explanation': {
      status: 'answered',
      choice: 'yes',
      words: 'More than five minutes after the start of the shift counts as late; three lates in a month go to the supervisor.',
    },
    'bias-testing': {
      status: 'unknown',
      words: 'Not known. HR accepts that some older staff have trouble being read by the terminals.',
      note: 'Failed reads lead to late-coming records. Ask for failure rates per terminal.',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'yes',
      words: 'Late-coming is deducted from pay, and three lates in a month lose the attendance bonus.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'no',
      words: '"No one\'s job changed."',
    },
    'storage-location': {
      status: 'answered',
      words: 'Templates on the terminals and on a server in the Umhlanga office.',
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'no',
      words: '"Nothing goes overseas."',
    },
    'internal-access': {
      status: 'answered',
      words: 'HR and payroll see attendance; only SecuTime technicians can reach the templates.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'SecuTime maintains the terminals and the server under a service agreement.',
    },
    'vendor-contract': {
      status: 'answered',
      choice: 'no',
      words: 'The service agreement covers maintenance only; "data protection is not mentioned".',
      note: 'SecuTime technicians can reach the templates. An operator agreement under section 21 is a must.',
    },
    'third-party-use': {
      status: 'answered',
      choice: 'no',
      words: '"Nothing leaves the building."',
    },
    'breach-notice': {
      status: 'partly',
      words: 'Templates are encrypted, according to SecuTime. No procedure for telling workers or the union.',
    },
    'retention-period': {
      status: 'answered',
      choice: 'defined',
      words: 'Templates for the duration of employment; attendance records three years, as the BCEA requires.',
    },
    'worker-access-requests': {
      status: 'answered',
      words: 'Staff can ask HR for their attendance record at any time, free of charge.',
    },
    'correction-deletion': {
      status: 'partly',
      words: 'A supervisor can correct a missed clocking; no process to delete a template while still employed.',
      note: 'Anyone who withdraws consent needs an alternative way of clocking in.',
    },
    'leavers-data': {
      status: 'answered',
      words: 'The template is deleted on the last working day.',
      note: 'Ask SecuTime for proof of deletion from the terminals as well as the server.',
    },
    'training-reuse': {
      status: 'answered',
      choice: 'no',
      words: '"No."',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'no',
      words: 'Not done; the system has been running since 2021.',
    },
    'union-representativeness': {
      status: 'answered',
      choice: 'majority',
      words: 'As for VoiceIQ: majority accepted.',
    },
    'union-information': {
      status: 'partly',
      choice: 'yes',
      words: 'The union received the supplier\'s brochure when the system was introduced in 2021.',
    },
    consultation: {
      status: 'refused',
      words: '"The system has been running since 2021. There is nothing to consult on."',
    },
    'workplace-forum': {
      status: 'answered',
      choice: 'no-forum',
      words: 'No workplace forum.',
    },
    'audit-review': {
      status: 'answered',
      choice: 'no',
      words: '"The system works; no review is planned."',
    },
  },
};

const za: Example = {
  file: 'za.json',
  id: 'example-za',
  flow: zaFlow,
  meta: {
    union: "Contact Centre and Telecommunications Workers' Union",
    employer: 'Khanyisa Contact Solutions (Pty) Ltd',
    workplace: 'Umhlanga contact centre, Durban',
    date: '2026-11-24',
    round: 'Second meeting',
    present:
      'Union: Thandeka Mkhize (branch organiser), Sipho Ndlovu and Ayesha Patel (shop stewards). Management: Johan van der Merwe (head of operations), Nomvula Dlamini (HR manager), Priya Naidoo (information officer).',
  },
  systems: [zaSpeechAnalytics, zaScheduling, zaClockIn],
};

// ── Germany: a grocery retailer's stores around Leipzig ────────────────────────────────────

const deTaskApp: ExampleSystem = {
  entry: {
    id: 'taskpilot-store-tasks',
    name: 'TaskPilot store task app',
    vendor: 'Corvid Retail Software GmbH',
    category: 'performance',
    purpose: 'Allocates shelf-filling, price changes and click-and-collect picking to staff on handhelds, times each task and compares stores.',
    affected: 'About 180 sales staff, most of them part-time, in the five pilot stores; all 12 stores from spring 2027.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'Log-in times on the handheld, each task with its start and finish time, aisle and task type, shelf-label scans and, for some tasks, a photo of the finished shelf.',
    },
    purpose: {
      status: 'answered',
      words: 'Allocating tasks across the store team, and "store benchmarking" between the 12 stores.',
    },
    'special-category-data': {
      status: 'answered',
      choice: 'no',
      words: '"Only task data."',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'contract',
      words: '"Section 26 of the Federal Data Protection Act: it is necessary for the employment relationship."',
      note: 'BDSG §26(1) has been inapplicable since C-34/21. Ask them to name the GDPR ground in writing.',
    },
    'worker-notice': {
      status: 'partly',
      choice: 'partly',
      words: 'An e-mail to the store managers and a leaflet in the staff rooms of the pilot stores.',
      note: 'The leaflet says nothing about task times, rankings or how long anything is kept.',
    },
    'off-duty-collection': {
      status: 'answered',
      choice: 'no',
      words: 'The handhelds stay in the store and there is no app for private phones.',
    },
    'secondary-uses': {
      status: 'follow-up',
      words: 'Head of HR will check whether store managers use task times in appraisal talks.',
      note: 'Two members in store 3 were shown their task times in their appraisal.',
    },
    'union-activity-tracking': {
      status: 'answered',
      choice: 'no',
      words: '"Works council time is not recorded in TaskPilot."',
      note: 'Works council members who log out for council duties show as "inactive" in the store view. Check.',
    },
    'inactive-functions': {
      status: 'answered',
      choice: 'yes',
      words: 'A "performance coach" module that shows each worker their ranking in the store is available but not switched on in the pilot.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'yes',
      words: 'Each worker gets a "task efficiency" percentage against the standard time for each task; stores are ranked by their average.',
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'no',
      words: '"No."',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'partly',
      words: 'The app proposes each worker\'s task list at the start of the shift; the shift lead can change it. Efficiency figures go to the store manager.',
    },
    'human-review': {
      status: 'answered',
      choice: 'no',
      words: '"The figures are what they are." A shift lead can change the task list, but nobody reviews the efficiency figures.',
    },
    'logic-explanation': {
      status: 'partly',
      choice: 'partly',
      words: "Standard times per task come from Corvid's time studies. Management does not know how waiting for a late delivery is counted.",
    },
    'bias-testing': {
      status: 'unknown',
      words: 'Not known; Corvid will be asked.',
      note: 'Part-time staff and older workers in the pilot stores report lower figures. Collect them before the next meeting.',
    },
    'annex-iii-high-risk': {
      status: 'answered',
      choice: 'no',
      words: '"It is task software. It does not evaluate people."',
      note: 'A ranking by efficiency is evaluation of performance: Annex III point 4.',
    },
    'work-pace-targets': {
      status: 'answered',
      choice: 'yes',
      words: 'Standard times per task, for example 12 minutes per roll cage of dry goods. The app turns the task red when it runs over.',
      note: 'Heavy lifting against the clock: raise with the health and safety committee.',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'no',
      words: 'Pay follows the retail collective agreement; no bonus for staff depends on TaskPilot.',
      note: "Store managers' bonus depends on the store ranking, and the pressure comes down to staff.",
    },
    'job-impact': {
      status: 'answered',
      choice: 'yes',
      words: 'Fewer shift leads are needed in the pilot stores. "No one will be dismissed."',
    },
    'storage-location': {
      status: 'answered',
      words: "Corvid's cloud in Frankfurt, on Amazon Web Services.",
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'no',
      words: '"Everything is hosted in Frankfurt."',
      note: "Corvid's website says its service desk is in Belgrade. Ask whether it can see our data.",
    },
    'internal-access': {
      status: 'answered',
      words: 'Store managers and shift leads for their own store; the regional manager and HR for all stores; Corvid support on a ticket.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Corvid runs the app and the platform.',
    },
    'vendor-contract': {
      status: 'answered',
      choice: 'yes',
      words: 'A processing agreement under Art. 28 GDPR, signed in March 2026. The works council may see it.',
    },
    'third-party-use': {
      status: 'answered',
      choice: 'yes',
      words: 'Corvid publishes "retail productivity benchmarks" from all its customers\' data, anonymised.',
      note: 'Task times from five small stores are hardly anonymous. No use for Corvid\'s own purposes.',
    },
    'breach-notice': {
      status: 'partly',
      words: 'Corvid reports incidents to the data protection officer within 24 hours. Workers and the works council "would be informed where necessary".',
    },
    'retention-period': {
      status: 'answered',
      choice: 'defined',
      words: 'Task records 12 months; monthly efficiency figures three years.',
      note: 'Three years of efficiency figures for a pilot. Far too long.',
    },
    'worker-access-requests': {
      status: 'answered',
      words: "Workers see the day's tasks in the app. A full copy through the data protection officer within a month.",
    },
    'correction-deletion': {
      status: 'unknown',
      words: 'No one knew whether a task time can be corrected when a delivery arrived late.',
    },
    'leavers-data': {
      status: 'answered',
      words: 'Deleted on the normal schedule; nothing earlier when someone leaves.',
    },
    'training-reuse': {
      status: 'follow-up',
      words: 'The data protection officer will ask Corvid whether task data are used to set its standard times.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'no',
      words: '"Not needed for a pilot."',
      note: 'A pilot that scores 180 workers needs a DPIA like any other system.',
    },
    'union-information': {
      status: 'answered',
      choice: 'no',
      words: "The works council has Corvid's brochure; no specifications and no list of the data.",
    },
    'ai-act-worker-information': {
      status: 'answered',
      choice: 'no',
      words: '"It is not high-risk, so there is nothing to tell."',
    },
    consultation: {
      status: 'partly',
      choice: 'yes',
      words: 'Management is "open to talks" before the roll-out to all stores.',
    },
    'works-council-agreement': {
      status: 'answered',
      choice: 'no',
      words: 'No works agreement. Management says a pilot in five stores "does not need one yet".',
      note: 'A pilot is covered too: the app is objectively suitable for monitoring performance. If they go on, injunction or the conciliation committee.',
    },
    'works-council-planning-information': {
      status: 'answered',
      choice: 'no',
      words: 'The works council heard of the pilot from staff in store 3.',
    },
    'works-council-expert': {
      status: 'refused',
      words: '"We will not pay for an outside expert for a pilot."',
      note: 'Where AI is assessed, the expert is deemed necessary. Put the request in writing with a quote.',
    },
    'selection-guidelines-consent': {
      status: 'follow-up',
      words: 'Head of HR will check whether efficiency figures were used when staff were chosen for the new store in Grünau.',
    },
    'assessment-principles-consent': {
      status: 'answered',
      choice: 'no',
      words: 'The works council has not been asked to agree the efficiency figures as assessment criteria.',
    },
    'audit-review': {
      status: 'answered',
      choice: 'no',
      words: 'The pilot will be reviewed "internally" in March 2027.',
    },
  },
};

const deRostering: ExampleSystem = {
  entry: {
    id: 'rostermind-scheduling',
    name: 'RosterMind rostering',
    vendor: 'Plandis Workforce AG',
    category: 'scheduling',
    purpose: 'Forecasts footfall per store and hour, builds four-week rosters, and handles shift swaps, open shifts and holiday requests.',
    affected: 'All 430 staff in the 12 stores and the regional office, including students on minijobs.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'Contracted hours, availability, holiday and sick-leave days (no diagnoses), skills, hours actually worked, and till and footfall data per store.',
    },
    purpose: {
      status: 'answered',
      words: 'Footfall forecasts, rosters for each store, and approving swaps and holiday.',
    },
    'special-category-data': {
      status: 'answered',
      choice: 'yes',
      words: 'Sick-leave days are used to plan cover. "No diagnoses."',
    },
    'special-category-basis': {
      status: 'partly',
      words: 'Art. 9(2)(b) GDPR. Store managers see who is off sick and for how long; there is no separate safeguard.',
      note: 'RosterMind only needs "unavailable". Sick leave should stay with HR.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'contract',
      words: '"Rosters are part of running the employment contract."',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'yes',
      words: 'The 2024 works agreement and the staff privacy notice cover it.',
    },
    'off-duty-collection': {
      status: 'answered',
      choice: 'yes',
      words: 'Staff enter availability and swap shifts in the app on their own phones, and open shifts are offered at any hour.',
      note: 'Offers at 10 pm for the next morning. Demand quiet hours in the app.',
    },
    'secondary-uses': {
      status: 'answered',
      choice: 'no',
      words: '"Rostering only, as the works agreement says."',
    },
    'union-activity-tracking': {
      status: 'answered',
      choice: 'no',
      words: 'Works council release time is entered as ordinary "unavailable" time.',
    },
    'inactive-functions': {
      status: 'answered',
      choice: 'yes',
      words: 'The 2026 update added an "availability score" that ranks part-time staff by how often they accept extra shifts. "It is not switched on."',
      note: 'The 2024 works agreement does not mention it. Not to be used without the works council\'s agreement.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'no',
      words: '"It forecasts footfall, not people."',
      note: "It does keep each worker's swap and acceptance history, which is what the availability score would use.",
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'no',
      words: '"No."',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'solely',
      words: 'RosterMind approves or refuses swaps and holiday requests on its own, against each store\'s minimum staffing. Store managers publish the rosters.',
    },
    'automated-decision-exception': {
      status: 'answered',
      choice: 'contract',
      words: '"It is part of running the roster under the contract and the works agreement."',
      note: 'An automatic refusal of holiday is hardly necessary for the contract.',
    },
    'human-review': {
      status: 'answered',
      choice: 'on-request',
      words: 'A worker whose request was refused can ask the store manager, who can approve it anyway.',
    },
    'human-reviewer': {
      status: 'answered',
      words: 'The store manager, after a one-day Plandis training, with full power to overrule the roster.',
    },
    'logic-explanation': {
      status: 'answered',
      choice: 'yes',
      words: 'The annex to the works agreement lists the rules: minimum staffing per hour, seniority for holiday, contracted hours first.',
    },
    'bias-testing': {
      status: 'answered',
      choice: 'no',
      words: '"It applies the same rules to everyone."',
      note: 'Part-timers, mostly women, get the late and Saturday shifts. Ask for figures by contract type and sex.',
    },
    'annex-iii-high-risk': {
      status: 'follow-up',
      words: 'The legal department is still assessing whether the AI Act applies to the forecasting.',
    },
    'work-pace-targets': {
      status: 'answered',
      choice: 'yes',
      words: 'It builds the schedules and adjusts staffing per hour to the footfall forecast.',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'no',
      words: 'Pay follows the collective agreement; nothing from RosterMind.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'yes',
      words: 'More short shifts of three to four hours at peak times. "Contracted hours do not change."',
      note: 'Short shifts mean more journeys for the same pay. Key point for the part-time staff.',
    },
    'storage-location': {
      status: 'answered',
      words: "Plandis's data centre in Zurich.",
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'yes',
      words: 'Plandis hosts the data in Switzerland.',
    },
    'transfer-safeguards': {
      status: 'answered',
      words: 'The adequacy decision for Switzerland. The Plandis contract names no other country.',
    },
    'internal-access': {
      status: 'answered',
      words: 'Store managers for their own store, the regional workforce planner and HR; Plandis support, with every access logged.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Plandis hosts and supports RosterMind.',
    },
    'vendor-contract': {
      status: 'answered',
      choice: 'yes',
      words: 'A processing agreement with Plandis, attached to the 2024 works agreement.',
    },
    'third-party-use': {
      status: 'answered',
      choice: 'no',
      words: '"No one else gets the data."',
    },
    'breach-notice': {
      status: 'answered',
      words: 'Plandis notifies within 24 hours, and the works agreement says the works council is told of every incident. None so far.',
    },
    'retention-period': {
      status: 'answered',
      choice: 'defined',
      words: 'Rosters and hours worked six years for payroll and tax; availability and swap history 12 months.',
    },
    'worker-access-requests': {
      status: 'answered',
      words: 'Each worker sees their roster, hours and requests in the app; anything else from HR.',
    },
    'correction-deletion': {
      status: 'answered',
      words: 'HR corrects hours on request; workers can delete their own availability entries in the app.',
    },
    'leavers-data': {
      status: 'answered',
      words: 'The account is closed on leaving; hours are kept for payroll, availability deleted after 12 months.',
    },
    'training-reuse': {
      status: 'unknown',
      words: "Not known whether Plandis uses the stores' footfall and roster data to train its forecasting.",
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'yes',
      words: 'A DPIA was done in 2024, before the works agreement.',
      note: 'It predates the availability score. Ask for an update.',
    },
    'reps-views-sought': {
      status: 'answered',
      choice: 'yes',
      words: 'The works council commented on the draft.',
    },
    'impact-assessment-shared': {
      status: 'answered',
      choice: 'yes',
      words: 'The works council has the full DPIA.',
    },
    'union-information': {
      status: 'partly',
      choice: 'yes',
      words: 'The works council had the full documentation in 2024; nothing yet on the 2026 update.',
    },
    'ai-act-worker-information': {
      status: 'partly',
      choice: 'planned',
      words: '"If the legal department finds it is high-risk, staff will be told in good time."',
    },
    consultation: {
      status: 'answered',
      choice: 'yes',
      words: 'Any change goes to the works council under the works agreement.',
    },
    'works-council-agreement': {
      status: 'answered',
      choice: 'yes',
      words: 'Works agreement on RosterMind of 1 March 2024.',
      note: 'It predates the 2026 update. Ask whether it covers the availability score.',
    },
    'works-council-planning-information': {
      status: 'partly',
      choice: 'partly',
      words: 'In full in 2024; the 2026 update was announced only in the release notes.',
    },
    'works-council-expert': {
      status: 'answered',
      choice: 'yes',
      words: 'Management will pay for an expert to assess the 2026 update, within a budget to be agreed.',
    },
    'selection-guidelines-consent': {
      status: 'not-applicable',
      words: '"RosterMind is not used for hiring, transfers, regrading or dismissals."',
    },
    'audit-review': {
      status: 'answered',
      choice: 'yes',
      words: 'An annual review with the works council, as the works agreement provides.',
    },
  },
};

const euDe: Example = {
  file: 'eu+eu-de.json',
  id: 'example-eu-de',
  flow: euDeFlow,
  meta: {
    union: "Retail and Services Workers' Union",
    employer: 'Kornfeld Frischemarkt GmbH',
    workplace: 'Leipzig region: 12 stores and the regional office',
    date: '2026-11-19',
    round: 'First meeting',
    present:
      'Union: Sabine Hoffmann (union secretary), Can Yıldız (works council chair), Marta Kowalczyk (works council member, store 3). Management: Jens Albrecht (regional director), Dr Claudia Wendt (head of HR), Lukas Berger (external data protection officer).',
  },
  systems: [deTaskApp, deRostering],
};

// ── Building, checking and writing ──────────────────────────────────────────────────────────

/** Answers one system's path in order, re-reading the path after each answer as follow-ups open. */
function answerSystem(flow: FlowDefinition, start: NegotiationRecord, system: ExampleSystem): NegotiationRecord {
  const { entry, answers } = system;
  let record = start;
  const used = new Set<string>();
  for (;;) {
    const question = systemPath(flow, record, entry).questions.find((candidate) => !record.answers[entry.id]?.[candidate.id]);
    if (!question) break;
    const planned = answers[question.id];
    if (!planned) throw new Error(`${flow.id}/${entry.id}: no answer planned for "${question.id}"`);
    const substantive = planned.status === 'answered' || planned.status === 'partly';
    if (planned.choice !== undefined && !question.options?.includes(planned.choice)) {
      throw new Error(`${flow.id}/${entry.id}/${question.id}: "${planned.choice}" is not an option`);
    }
    if (planned.choice !== undefined && !substantive) {
      throw new Error(`${flow.id}/${entry.id}/${question.id}: a choice goes with an answered or partly answered question only`);
    }
    if (question.options && substantive && planned.choice === undefined) {
      throw new Error(`${flow.id}/${entry.id}/${question.id}: choose one of ${question.options.join(', ')}`);
    }
    record = withAnswer(record, entry.id, question.id, {
      status: planned.status,
      ...(planned.choice !== undefined ? { choice: planned.choice } : {}),
      words: planned.words,
      note: planned.note ?? '',
    });
    used.add(question.id);
  }
  const unused = Object.keys(answers).filter((id) => !used.has(id));
  if (unused.length > 0) throw new Error(`${flow.id}/${entry.id}: answers never reached on the path: ${unused.join(', ')}`);
  return record;
}

function buildExample(example: Example): NegotiationRecord {
  const { flow } = example;
  let record = createRecord({ id: example.id, flowId: flow.id, flowVersion: flow.version, now: NOW, documentLanguage: 'en' });
  record = withMeta(record, example.meta);
  for (const system of example.systems) {
    record = withSystemAdded(record, system.entry);
    record = answerSystem(flow, record, system);
  }
  return record;
}

/** Throws unless every question on every system's path has a status. */
function assertFullyAnswered(flow: FlowDefinition, record: NegotiationRecord): void {
  for (const system of record.systems) {
    const path = systemPath(flow, record, system);
    const missing = path.questions.filter((question) => !path.answers[question.id]?.status);
    if (missing.length > 0) throw new Error(`${flow.id}/${system.id}: unanswered: ${missing.map((question) => question.id).join(', ')}`);
  }
}

/** Statuses on the path, across all systems, in the order statuses are offered. */
function statusCounts(flow: FlowDefinition, record: NegotiationRecord): string {
  const counts = new Map<AnswerStatus, number>();
  let total = 0;
  for (const system of record.systems) {
    const path = systemPath(flow, record, system);
    for (const question of path.questions) {
      const status = path.answers[question.id]?.status;
      if (status) counts.set(status, (counts.get(status) ?? 0) + 1);
      total += 1;
    }
  }
  const parts = ANSWER_STATUSES.filter((status) => counts.has(status)).map((status) => `${status} ${counts.get(status)}`);
  return `${total} answers (${parts.join(', ')})`;
}

function writeExample(example: Example): void {
  // The app lists one example per file, named by its jurisdiction key.
  if (example.file !== `${example.flow.id}.json`) throw new Error(`${example.file} should be named ${example.flow.id}.json`);
  const record = buildExample(example);
  assertFullyAnswered(example.flow, record);
  const path = join(OUT_DIR, example.file);
  writeFileSync(path, `${serialiseNegotiation(record, NOW, { includeNotes: true })}\n`);

  const reading = parseNegotiationFile(readFileSync(path, 'utf8'));
  if (!reading.ok) throw new Error(`${example.file} does not read back: ${JSON.stringify(reading.problem)}`);
  deepStrictEqual(reading.file.record, record, `${example.file} reads back as a different record`);
  if (!reading.file.includesNotes) throw new Error(`${example.file} should include the union's notes`);
  assertFullyAnswered(example.flow, reading.file.record);

  console.log(`${example.file}: ${record.systems.length} systems, ${statusCounts(example.flow, record)}`);
}

mkdirSync(OUT_DIR, { recursive: true });
for (const example of [eu, za, euDe]) writeExample(example);
