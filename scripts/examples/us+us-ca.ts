import type { Example, ExampleSystem } from './example.ts';

// ── United States, California: a grocery delivery hub in Oakland ──────────────────────────────

const RECOGNISED = { status: 'answered', choice: 'certified-or-recognised', words: 'Certified by the NLRB in 2023; first agreement signed in 2025.' } as const;
const COVERED = { status: 'answered', choice: 'covered', words: 'Parent company revenue is well above the threshold; management accepts the CCPA applies.' } as const;

const caShiftMind: ExampleSystem = {
  entry: {
    id: 'shiftmind-allocation',
    name: 'ShiftMind shift and task allocation',
    vendor: 'Kairos Workforce AI, Inc.',
    category: 'scheduling',
    purpose: 'Publishes weekly shifts, assigns pick and delivery blocks each morning, and cancels shifts at short notice when demand drops.',
    affected: 'About 420 pickers, packers and delivery drivers at the hub.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'Availability, seniority, past acceptance rate, order volumes, pick rates, attendance points and customer ratings of drivers.',
    },
    purpose: {
      status: 'answered',
      words: 'To match staffing to forecast demand and to assign blocks to the fastest available workers.',
    },
    'special-category-data': {
      status: 'answered',
      choice: 'no',
      words: 'No sensitive data.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'contract',
      words: '"Scheduling is part of the employment relationship."',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'partly',
      words: 'The CCPA notice at hire lists "scheduling data". It does not mention automated allocation.',
    },
    'ccpa-covered-business': COVERED,
    'off-duty-collection': {
      status: 'answered',
      choice: 'yes',
      words: 'The app asks for availability and sends shift offers outside working time; acceptance speed is recorded.',
    },
    'secondary-uses': {
      status: 'answered',
      choice: 'yes',
      words: 'Acceptance rate counts in the attendance policy.',
    },
    'union-activity-tracking': {
      status: 'answered',
      choice: 'no',
      words: 'Union leave is entered as "approved absence".',
    },
    'inactive-functions': {
      status: 'answered',
      choice: 'no',
      words: 'No other modules are licensed.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'yes',
      words: 'A "reliability score" per worker.',
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'no',
      words: 'ShiftMind does not analyse faces or voices.',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'solely',
      words: 'Block assignments and short-notice cancellations are made by ShiftMind with no one checking.',
    },
    'automated-decision-exception': {
      status: 'answered',
      choice: 'none',
      words: 'No ground named.',
    },
    'human-review': {
      status: 'answered',
      choice: 'on-request',
      words: 'A worker can ask the operations manager to change an assignment.',
    },
    'human-reviewer': {
      status: 'answered',
      words: 'The shift operations manager, who can override the schedule.',
    },
    'logic-explanation': {
      status: 'partly',
      choice: 'partly',
      words: 'Seniority and availability count "first"; the weighting of reliability is not disclosed.',
    },
    'ccpa-admt-pre-use-notice': {
      status: 'answered',
      choice: 'in-preparation',
      words: 'Legal is drafting a Pre-use Notice for January 2027.',
      note: 'Ask to see the draft before it is final; it must say whether the reliability score is a key factor.',
    },
    'ccpa-admt-opt-out': {
      status: 'answered',
      choice: 'exception-claimed',
      words: 'The company will rely on the work-allocation exception: no opt-out.',
      note: 'The exception needs the tool to work for its purpose and not discriminate. Ask for the evidence.',
    },
    'bias-testing': {
      status: 'answered',
      choice: 'no',
      words: 'No testing by age, sex or disability.',
      note: 'Workers with childcare get fewer morning blocks. Collect cases.',
    },
    'work-pace-targets': {
      status: 'answered',
      choice: 'yes',
      words: 'Blocks are sized on the fastest quartile of pick rates.',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'yes',
      words: 'Reliability decides who gets premium weekend blocks.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'yes',
      words: 'Average weekly hours fell from 34 to 29 after launch.',
    },
    'storage-location': {
      status: 'answered',
      words: 'Kairos\'s cloud, US West.',
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'no',
      words: 'All data stay in Kairos\'s US West region.',
    },
    'internal-access': {
      status: 'answered',
      words: 'Operations managers, HR and the regional workforce planning team.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Kairos hosts and tunes the model.',
    },
    'vendor-contract': {
      status: 'answered',
      choice: 'yes',
      words: 'A service provider contract under the CCPA.',
    },
    'third-party-use': {
      status: 'answered',
      choice: 'no',
      words: 'Kairos may not use the data for other clients, management says.',
    },
    'breach-notice': {
      status: 'answered',
      words: 'Within 72 hours to the company.',
    },
    'retention-period': {
      status: 'answered',
      choice: 'defined',
      words: 'Scheduling history 4 years.',
    },
    'worker-access-requests': {
      status: 'partly',
      words: 'CCPA requests go to the privacy portal; answers take "about 45 days". The reliability score is not included.',
      note: 'The union can file as authorised agent for members who sign the form.',
    },
    'correction-deletion': {
      status: 'answered',
      words: 'Attendance points can be disputed with HR.',
    },
    'leavers-data': {
      status: 'answered',
      words: 'Kept 4 years.',
    },
    'training-reuse': {
      status: 'answered',
      choice: 'no',
      words: 'Kairos does not train on hub data, the contract says.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'in-progress',
      words: 'A CCPA risk assessment is being prepared.',
    },
    'reps-views-sought': {
      status: 'answered',
      choice: 'no',
      words: 'Not planned.',
    },
    'impact-assessment-shared': {
      status: 'refused',
      words: '"Risk assessments go to the regulator, not to the union."',
    },
    'union-recognised': RECOGNISED,
    'nlra-bargain-before-change': {
      status: 'answered',
      choice: 'no',
      words: 'Launched in June without bargaining.',
      note: 'Cut hours and attendance points: a unilateral change. Information request and charge.',
    },
    'nlra-information-request': {
      status: 'answered',
      choice: 'not-answered',
      words: 'Our request of 15 October is unanswered.',
    },
    'nlra-confidentiality-claim': {
      status: 'answered',
      choice: 'no-claim',
      words: 'No confidentiality claimed; "it just takes time".',
    },
    'union-information': {
      status: 'answered',
      choice: 'no',
      words: 'Nothing so far.',
    },
    consultation: {
      status: 'partly',
      choice: 'yes',
      words: 'Willing to discuss the cancellation rules only.',
    },
    'audit-review': {
      status: 'answered',
      choice: 'no',
      words: 'The hub does not plan any review.',
    },
  },
};

const caRouteEye: ExampleSystem = {
  entry: {
    id: 'routeeye-telematics',
    name: 'RouteEye van telematics and dash cameras',
    vendor: 'Lumen Fleet Technologies, Inc.',
    category: 'location',
    purpose: 'Tracks delivery vans, scores driving, and records the road and the cab when the camera detects harsh braking or phone use.',
    affected: 'About 150 delivery drivers.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'GPS location every 10 seconds, speed, braking, a driver-facing camera clip on each event, and a weekly safety score.',
    },
    purpose: {
      status: 'answered',
      words: 'Driver safety and proof of delivery.',
    },
    'special-category-data': {
      status: 'partly',
      choice: 'yes',
      words: 'Precise geolocation, and face images in the cab clips.',
    },
    'special-category-basis': {
      status: 'answered',
      words: '"Safety and insurance."',
      note: 'Drivers have not been told they can limit use of sensitive data under §1798.121.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'legitimate-interests',
      words: 'Insurance requirements and safety.',
    },
    'objection-route': {
      status: 'answered',
      words: 'No way for a driver to object to tracking.',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'no',
      words: 'Drivers were told "the vans have trackers". The driver camera was never announced.',
    },
    'ccpa-covered-business': COVERED,
    'off-duty-collection': {
      status: 'answered',
      choice: 'yes',
      words: 'Tracking continues during the unpaid lunch break, and for drivers who take the van home on early routes.',
    },
    'secondary-uses': {
      status: 'answered',
      choice: 'yes',
      words: 'Location data were used to check a driver\'s claimed overtime.',
    },
    'union-activity-tracking': {
      status: 'refused',
      words: 'No answer on whether stops at the union hall show up in reports.',
    },
    'inactive-functions': {
      status: 'unknown',
      words: 'Management does not know whether the cab camera records audio.',
      note: 'Audio of conversations in the cab needs everyone\'s consent under Penal Code §632.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'yes',
      words: 'A weekly safety score from 0 to 100.',
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'yes',
      words: 'The camera flags "drowsiness" and "distraction" from the driver\'s face.',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'none',
      words: 'The fleet supervisor decides on coaching.',
    },
    'logic-explanation': {
      status: 'answered',
      choice: 'no',
      words: 'The scoring formula is Lumen\'s.',
    },
    'bias-testing': {
      status: 'answered',
      choice: 'no',
      words: 'No testing of whether the drowsiness detection errs more for some drivers.',
    },
    'work-pace-targets': {
      status: 'answered',
      choice: 'yes',
      words: 'Route times are set from the fastest drivers\' GPS data.',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'yes',
      words: 'A safety score below 70 loses the quarterly safety bonus.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'no',
      words: 'No jobs affected.',
    },
    'storage-location': {
      status: 'answered',
      words: 'Lumen\'s cloud in the United States.',
    },
    'cross-border-transfers': {
      status: 'partly',
      choice: 'yes',
      words: 'Event clips are labelled by a review team in the Philippines.',
    },
    'transfer-safeguards': {
      status: 'follow-up',
      words: 'Management will ask Lumen which contract covers the review team.',
    },
    'internal-access': {
      status: 'answered',
      words: 'Fleet supervisors, the safety manager and the insurer on request.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Lumen supplies devices and software.',
    },
    'vendor-contract': {
      status: 'answered',
      choice: 'no',
      words: 'Lumen\'s standard terms only.',
    },
    'third-party-use': {
      status: 'answered',
      choice: 'yes',
      words: 'Clips and scores are shared with the insurer.',
    },
    'breach-notice': {
      status: 'unknown',
      words: 'Management does not know whether Lumen must tell it of a breach.',
    },
    'retention-period': {
      status: 'answered',
      choice: 'indefinite',
      words: '"As long as Lumen keeps them."',
    },
    'worker-access-requests': {
      status: 'answered',
      words: 'Drivers can see their score in the app, not the clips.',
    },
    'correction-deletion': {
      status: 'answered',
      words: 'A supervisor can void an event caused by a road hazard.',
    },
    'leavers-data': {
      status: 'unknown',
      words: 'HR could not say what happens to a leaver\'s clips and scores.',
    },
    'training-reuse': {
      status: 'answered',
      choice: 'yes',
      words: 'Lumen trains its detection models on customer clips.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'no',
      words: 'None yet.',
      note: 'Inferring drowsiness and safety from constant observation needs a CCPA risk assessment (§7150(b)(4)).',
    },
    'union-recognised': RECOGNISED,
    'nlra-bargain-before-change': {
      status: 'answered',
      choice: 'no',
      words: 'The driver camera was fitted in September without notice.',
    },
    'nlra-information-request': {
      status: 'answered',
      choice: 'answered-in-part',
      words: 'We got the list of event types; no clips, no scoring formula, no insurer agreement.',
    },
    'nlra-confidentiality-claim': {
      status: 'answered',
      choice: 'accommodation-offered',
      words: 'Clips of a driver only with that driver\'s consent.',
    },
    'union-information': {
      status: 'answered',
      choice: 'no',
      words: 'Only the event list.',
    },
    consultation: {
      status: 'answered',
      choice: 'no',
      words: '"Cameras are a safety decision."',
    },
    'audit-review': {
      status: 'answered',
      choice: 'no',
      words: 'No review of the scoring is planned.',
    },
  },
};

const example: Example = {
  key: 'us+us-ca',
  id: 'example-us-ca',
  meta: {
    union: 'Bay Area Food and Delivery Workers, Local 55',
    employer: 'FreshLane Delivery Services, Inc.',
    workplace: 'Oakland delivery hub, Alameda County, California',
    date: '2026-11-30',
    round: 'Technology side table, first meeting',
    present:
      'Union: Luis Herrera (staff representative), Tasha Greene and Minh Nguyen (stewards). Management: Rachel Adler (director of operations), Omar Haddad (HR), Claire Sutton (privacy counsel).',
  },
  systems: [caShiftMind, caRouteEye],
};

export default example;
