/**
 * Writes the two example negotiations, examples/eu.json and examples/za.json: made-up but
 * plausible meetings, every question on every system's path answered, with internal notes.
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
import { euFlow } from '../flows/eu.ts';
import { zaFlow } from '../flows/za.ts';
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
    'worker-notice': {
      status: 'partly',
      choice: 'partly',
      words: 'A notice went up on the staff noticeboard in March 2025; the general privacy policy is on the intranet.',
      note: 'Agency workers have no intranet access. The notice says nothing about rankings.',
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
    'storage-location': {
      status: 'answered',
      words: "Kestrel's cloud platform, hosted in Frankfurt.",
    },
    'transfers-outside-eu': {
      status: 'partly',
      choice: 'yes',
      words: '"Kestrel\'s support desk in India can log in for troubleshooting. We believe standard contractual clauses are in place."',
    },
    'access-rights': {
      status: 'answered',
      words: 'Shift managers see their own teams; site management and HR see everyone; Kestrel support only on a ticket.',
    },
    'vendor-processor': {
      status: 'partly',
      choice: 'yes',
      words: 'There is a data processing agreement with Kestrel, but management will not show it: "commercially confidential".',
      note: 'We only need the data protection terms, not the prices. Offer to accept redactions.',
    },
    'data-sale': {
      status: 'partly',
      choice: 'no',
      words: '"Nothing is sold." Kestrel does produce anonymised industry benchmarks from all its customers\' data.',
      note: 'Benchmarking is Kestrel\'s own purpose. Check whether scores are really anonymised.',
    },
    'retention-period': {
      status: 'answered',
      choice: 'defined',
      words: 'Raw scan data 90 days; daily scores and rankings 24 months.',
    },
    'training-reuse': {
      status: 'unknown',
      words: 'DPO does not know whether Kestrel uses the data to improve its models.',
    },
    'leavers-data': {
      status: 'partly',
      words: 'Scores are kept for 24 months after a worker leaves "in case of claims"; a copy on request.',
      note: 'Two years after leaving is too long for scores nobody can explain.',
    },
    'dpia-done': {
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
    'dpia-shared': {
      status: 'refused',
      words: '"The DPIA is an internal document and will not be shared."',
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
    'secondary-uses': {
      status: 'answered',
      choice: 'no',
      words: '"Used for recruitment only."',
      note: 'Get it in writing that internal candidates\' scores never reach their personnel file.',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'yes',
      words: 'The privacy notice on the careers page covers it.',
      note: 'The careers-page notice does not mention automated ranking or rejection. Screenshot it.',
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
    'annex-iii-high-risk': {
      status: 'answered',
      choice: 'yes',
      words: '"Yes, recruitment is high-risk. We are preparing for the AI Act deadline."',
    },
    'storage-location': {
      status: 'answered',
      words: "Hirewise's cloud in Dublin, on Microsoft Azure.",
    },
    'transfers-outside-eu': {
      status: 'answered',
      choice: 'yes',
      words: 'The Hirewise engineering team in London has access; the UK has an adequacy decision.',
    },
    'access-rights': {
      status: 'answered',
      words: 'The central talent team, and hiring managers for their own vacancies only.',
    },
    'vendor-processor': {
      status: 'answered',
      choice: 'yes',
      words: 'A data processing agreement was signed with Hirewise in 2024.',
    },
    'data-sale': {
      status: 'unknown',
      words: '"We would have to check the vendor\'s terms."',
    },
    'retention-period': {
      status: 'answered',
      choice: 'defined',
      words: 'Unsuccessful applications are deleted after six months; for people hired, data moves to the personnel file.',
    },
    'training-reuse': {
      status: 'answered',
      choice: 'yes',
      words: 'Hirewise uses "anonymised" application data to improve its model; this is in the contract.',
      note: 'Anonymised CVs are hardly possible. Demand that this clause is removed at renewal.',
    },
    'leavers-data': {
      status: 'not-applicable',
      words: 'Management says the tool holds applicant data only and nothing is kept in it once someone is hired.',
      note: 'Check whether the match score travels into the personnel file with the rest of the application.',
    },
    'dpia-done': {
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
    'dpia-shared': {
      status: 'partly',
      choice: 'summary',
      words: 'A summary will be provided once the DPIA is final.',
      note: 'A summary after the fact is not consultation. Ask for the draft.',
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
    'worker-notice': {
      status: 'answered',
      choice: 'yes',
      words: 'Signs at every entrance; the CCTV policy is in the staff handbook.',
      note: 'Neither the signs nor the handbook mention the analytics added in 2025.',
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
    'work-pace-targets': {
      status: 'partly',
      choice: 'yes',
      words: 'Not used for targets, "but congestion and dwell-time alerts go to the shift managers."',
    },
    'storage-location': {
      status: 'answered',
      words: 'Recordings on a server on site in Hamburg; the analytics run in Optivue\'s data centre in Munich.',
    },
    'transfers-outside-eu': {
      status: 'answered',
      choice: 'no',
      words: '"Everything stays in Germany."',
    },
    'access-rights': {
      status: 'partly',
      words: 'The security team and the site manager; HR on request for investigations. "Access should be logged."',
    },
    'vendor-processor': {
      status: 'answered',
      choice: 'yes',
      words: 'Optivue operates the analytics under a processing agreement signed in 2023.',
    },
    'data-sale': {
      status: 'answered',
      choice: 'no',
      words: '"No, never."',
    },
    'retention-period': {
      status: 'answered',
      choice: 'defined',
      words: 'Footage is overwritten after 72 hours unless flagged; flagged clips are kept until the case is closed.',
      note: '"Until the case is closed" is open-ended. Demand a cap.',
    },
    'training-reuse': {
      status: 'follow-up',
      words: 'DPO will check with Optivue whether footage is used to train its detection models.',
    },
    'leavers-data': {
      status: 'not-applicable',
      words: 'Footage is not filed per person, so there is nothing specific to delete when someone leaves.',
    },
    'dpia-done': {
      status: 'answered',
      choice: 'no',
      words: 'No DPIA: the cameras date from 2019 and the analytics came "as a software update".',
      note: 'The analytics upgrade is new processing and needs a DPIA. Raise with the DPO in writing.',
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
    'collection-notice': {
      status: 'answered',
      choice: 'incomplete',
      words: 'The induction consent form covers call recording but not speech analytics or the overseas vendor.',
    },
    'off-duty-collection': {
      status: 'answered',
      choice: 'no',
      words: 'Only calls and the agent desktop while the agent is logged in to the dialler.',
      note: 'Agents say the softphone records personal calls on breaks if the status is not changed.',
    },
    'special-information': {
      status: 'partly',
      choice: 'yes',
      words: 'Recordings capture voices, but "no voiceprints are made". The information officer could not name the authorisation relied on.',
    },
    'union-activity-tracking': {
      status: 'refused',
      words: '"We respect freedom of association and will not entertain that question."',
      note: 'Shop stewards speak to members on recorded lines. Raise the 2025 incident with the transcript.',
    },
    'inferences-scores': {
      status: 'answered',
      choice: 'yes',
      words: 'An automated QA score for every call, a weekly "sentiment index" and a compliance score per agent.',
    },
    'emotion-detection': {
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
    'performance-pay-targets': {
      status: 'answered',
      choice: 'yes',
      words: 'The incentive bonus requires an average QA score of 85% or more.',
      note: 'Bonus tied to an untested algorithm. Link to the health and safety committee on stress.',
    },
    'bias-testing': {
      status: 'unknown',
      words: 'Management does not know whether Sonaris tested the model on South African accents and languages.',
      note: 'isiZulu-first speakers report lower automated scores. Gather examples before the next meeting.',
    },
    'storage-location': {
      status: 'answered',
      choice: 'both',
      words: 'Recordings are kept on site for 90 days; transcripts and analytics are in Sonaris\'s cloud in the United States.',
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
    'vendors-operators': {
      status: 'answered',
      choice: 'yes',
      words: 'Sonaris processes recordings under an operator agreement; the reseller supports the system locally.',
    },
    'third-party-use': {
      status: 'refused',
      words: '"Our arrangements with clients are confidential. We will not discuss them here."',
      note: 'Members have seen client QA reports with agents\' names and scores. Push for team-level figures only.',
    },
    'security-compromise-notice': {
      status: 'partly',
      words: 'ISO 27001 controls; the information officer would notify the Regulator. No commitment to tell the union.',
    },
    'retention-period': {
      status: 'answered',
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
    'model-training-reuse': {
      status: 'answered',
      choice: 'yes',
      words: 'Sonaris uses de-identified transcripts to improve its speech models, including for South African English.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'yes',
      words: 'Completed in 2025 by the compliance team, signed off by the information officer.',
    },
    'impact-assessment-shared': {
      status: 'answered',
      choice: 'no',
      words: '"It is an internal compliance document."',
      note: 'Request it in writing under section 16 of the LRA as relevant information.',
    },
    'union-information': {
      status: 'refused',
      words: '"You had a presentation in August. Specifications and the vendor contract are confidential."',
      note: 'Confidentiality must be claimed in writing; if they refuse, refer the disclosure dispute to the CCMA.',
    },
    'workplace-forum': {
      status: 'answered',
      choice: 'no-forum',
      words: 'There is no workplace forum at the centre.',
    },
    'review-and-audit': {
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
    'legal-basis': {
      status: 'answered',
      choice: 'contract',
      words: '"It is needed to run the employment contract: people have to work a roster."',
    },
    'collection-notice': {
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
    'special-information': {
      status: 'answered',
      choice: 'yes',
      words: 'Sick-leave records and medical certificates are stored in the leave module.',
    },
    'union-activity-tracking': {
      status: 'answered',
      choice: 'yes',
      words: 'Shop stewards\' union leave is recorded under its own status code.',
      note: 'The "UNION" code is visible to every team leader. Demand a neutral code.',
    },
    'inferences-scores': {
      status: 'answered',
      choice: 'yes',
      words: 'An adherence percentage per agent and a "reliability rating" that sets priority for shift preferences.',
    },
    'emotion-detection': {
      status: 'not-applicable',
      words: 'Management says it is a rostering tool with no such function.',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'solely',
      words: 'The system assigns shifts and approves or declines swaps and leave requests against staffing thresholds.',
    },
    'human-review': {
      status: 'partly',
      choice: 'on-request',
      words: 'Workforce planners "can override" if an agent escalates through the team leader.',
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
    'performance-pay-targets': {
      status: 'answered',
      choice: 'yes',
      words: 'Adherence below 90% in a month disqualifies the agent from the attendance bonus.',
    },
    'bias-testing': {
      status: 'answered',
      choice: 'no',
      words: '"Not tested. It is a mathematical scheduling tool."',
      note: 'Parents and agents who depend on taxis lose priority through the reliability rating. Indirect discrimination.',
    },
    'storage-location': {
      status: 'answered',
      choice: 'outside-south-africa',
      words: 'Rostra\'s cloud in Ireland.',
    },
    'transfer-safeguards': {
      status: 'answered',
      words: 'Ireland is covered by the GDPR, and there is a data processing agreement with Rostra.',
    },
    'internal-access': {
      status: 'answered',
      words: 'The planning team, team leaders for their own teams, and payroll for adherence and leave.',
    },
    'vendors-operators': {
      status: 'answered',
      choice: 'yes',
      words: 'Rostra hosts and supports the system under a written agreement.',
    },
    'third-party-use': {
      status: 'answered',
      choice: 'no',
      words: '"No one else gets the rosters."',
    },
    'security-compromise-notice': {
      status: 'unknown',
      words: 'Not sure; "it would depend on the vendor."',
    },
    'retention-period': {
      status: 'partly',
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
    'model-training-reuse': {
      status: 'unknown',
      words: '"We don\'t know whether Rostra uses our data for its forecasting models."',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'in-progress',
      words: 'Started in October by the information officer with Rostra.',
    },
    'impact-assessment-shared': {
      status: 'answered',
      choice: 'yes',
      words: 'The draft will be shared with the union and comments considered before it is finalised.',
      note: 'Good. Set a date, and send our questions on the reliability rating in advance.',
    },
    'union-information': {
      status: 'answered',
      choice: 'no',
      words: 'Not yet; the roll-out plan can be provided.',
    },
    'workplace-forum': {
      status: 'answered',
      choice: 'no-forum',
      words: 'No workplace forum.',
    },
    'review-and-audit': {
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
    'legal-basis': {
      status: 'answered',
      choice: 'consent',
      words: '"Staff consented when they were enrolled."',
      note: 'Consent given on the first day, with no alternative offered, is not freely given.',
    },
    'collection-notice': {
      status: 'answered',
      choice: 'incomplete',
      words: 'Enrolment form explains clocking in but says nothing about storage, the vendor or workers\' rights.',
    },
    'off-duty-collection': {
      status: 'answered',
      choice: 'no',
      words: 'Only at the terminals at the entrances.',
    },
    'special-information': {
      status: 'answered',
      choice: 'yes',
      words: 'Fingerprints are biometric information; the company relies on the employee\'s consent.',
    },
    'union-activity-tracking': {
      status: 'answered',
      choice: 'no',
      words: '"No."',
    },
    'inferences-scores': {
      status: 'answered',
      choice: 'no',
      words: 'It records times only.',
    },
    'emotion-detection': {
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
      choice: 'every-decision',
      words: 'Supervisors approve every deduction before the payroll run.',
      note: 'Members say deductions appear without anyone speaking to them. Collect payslips.',
    },
    'bias-testing': {
      status: 'unknown',
      words: 'Not known. HR accepts that some older staff have trouble being read by the terminals.',
      note: 'Failed reads lead to late-coming records. Ask for failure rates per terminal.',
    },
    'storage-location': {
      status: 'answered',
      choice: 'in-south-africa',
      words: 'Templates on the terminals and on a server in the Umhlanga office.',
    },
    'internal-access': {
      status: 'answered',
      words: 'HR and payroll see attendance; only SecuTime technicians can reach the templates.',
    },
    'vendors-operators': {
      status: 'answered',
      choice: 'yes',
      words: 'SecuTime maintains the terminals and the server under a service agreement.',
    },
    'third-party-use': {
      status: 'answered',
      choice: 'no',
      words: '"Nothing leaves the building."',
    },
    'security-compromise-notice': {
      status: 'partly',
      words: 'Templates are encrypted, according to SecuTime. No procedure for telling workers or the union.',
    },
    'retention-period': {
      status: 'answered',
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
    'model-training-reuse': {
      status: 'answered',
      choice: 'no',
      words: '"No."',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'no',
      words: 'Not done; the system has been running since 2021.',
    },
    'union-information': {
      status: 'partly',
      choice: 'yes',
      words: 'The union received the supplier\'s brochure when the system was introduced in 2021.',
    },
    'workplace-forum': {
      status: 'answered',
      choice: 'no-forum',
      words: 'No workplace forum.',
    },
    'review-and-audit': {
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
for (const example of [eu, za]) writeExample(example);
