import type { Example, ExampleSystem } from './example.ts';

// ── United States (federal law only): a unionised distribution centre near Columbus, Ohio ──────

const RECOGNISED = { status: 'answered', choice: 'certified-or-recognised', words: 'Certified by the NLRB in 2019 for all hourly warehouse employees; the agreement runs to 2028.' } as const;

const usPaceTrack: ExampleSystem = {
  entry: {
    id: 'pacetrack-productivity',
    name: 'PaceTrack productivity and rate tracking',
    vendor: 'Velocity Labor Analytics, Inc.',
    category: 'performance',
    purpose: 'Reads every handheld scan, sets a units-per-hour rate for each pick, pack and stow task, and flags "time off task".',
    affected: 'About 1,100 hourly associates on three shifts, and the leads who receive the rate reports.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'Scan events with time stamps, task codes, badge ID, zone, idle periods over 3 minutes ("time off task"), weekly rate percentile and coaching records.',
    },
    purpose: {
      status: 'partly',
      words: '"Labour planning and coaching." Management confirmed the rate reports are used in the progressive discipline steps.',
      note: 'Discipline on rate was never bargained. This is the unilateral change.',
    },
    'special-category-data': {
      status: 'answered',
      choice: 'no',
      words: 'No health or biometric data. Bathroom breaks show up only as "time off task".',
      note: 'Members with medical conditions get coached for TOT. Raise ADA accommodation separately.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'legitimate-interests',
      words: '"Management rights clause, Article 3: we direct the workforce."',
    },
    'objection-route': {
      status: 'answered',
      words: 'Only the grievance procedure; no separate way to object to the tracking.',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'partly',
      words: 'The handbook says scanners "record productivity". Rates and the TOT threshold are not published.',
    },
    'off-duty-collection': {
      status: 'answered',
      choice: 'no',
      words: 'The scanners are docked at the end of the shift.',
    },
    'secondary-uses': {
      status: 'answered',
      choice: 'yes',
      words: 'Rate percentiles are used to pick associates for voluntary extra time and for the annual "top performer" bonus.',
    },
    'union-activity-tracking': {
      status: 'unknown',
      words: 'The site manager did not know whether idle time during stewards\' conversations on the floor is flagged.',
      note: 'Two stewards were coached for TOT the week of the contract rally. Get the dates.',
    },
    'inactive-functions': {
      status: 'follow-up',
      words: 'Velocity offers a "predictive attrition" module. Management will check whether it is licensed.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'yes',
      words: 'A weekly rate percentile per associate and a "coaching priority" list for the leads.',
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'no',
      words: 'No cameras or voice in this system.',
    },
    'automated-decisions': {
      status: 'partly',
      choice: 'partly',
      words: 'The system writes the coaching list; a lead signs the write-up. Leads "rarely" overrule it.',
      note: 'Rubber stamp. Ask for the override rate per lead.',
    },
    'human-review': {
      status: 'answered',
      choice: 'on-request',
      words: 'An associate can grieve a write-up under Article 9.',
    },
    'human-reviewer': {
      status: 'answered',
      words: 'The area manager at step 1 of the grievance procedure, then HR.',
    },
    'logic-explanation': {
      status: 'refused',
      words: '"The engineered standards are Velocity\'s intellectual property."',
      note: 'Standards set discipline: relevant and necessary. Put it in the information request with a confidentiality offer.',
    },
    'bias-testing': {
      status: 'answered',
      choice: 'no',
      words: 'No testing of whether older associates or associates with restrictions are flagged more often.',
    },
    'work-pace-targets': {
      status: 'answered',
      choice: 'yes',
      words: 'Rates rise when the site average rises ("continuous improvement"); associates below 85% for two weeks are coached.',
      note: 'Strain injuries up since the rates started. Bring the OSHA 300 log.',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'yes',
      words: 'The annual bonus goes to the top 20% by rate percentile.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'yes',
      words: 'Management plans to cut 40 lead positions once coaching is "automated".',
    },
    'storage-location': {
      status: 'answered',
      words: 'Velocity\'s cloud in the United States.',
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'no',
      words: 'Not to our knowledge.',
    },
    'internal-access': {
      status: 'answered',
      words: 'Leads, area managers, site HR and the regional operations team.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Velocity hosts the system and sets the engineered standards.',
    },
    'vendor-contract': {
      status: 'partly',
      choice: 'yes',
      words: 'There is a master services agreement. Management will not show it.',
    },
    'third-party-use': {
      status: 'unknown',
      words: 'Management does not know whether Velocity uses the data to benchmark other clients.',
    },
    'breach-notice': {
      status: 'answered',
      words: 'Velocity must tell the company within 72 hours; no process to tell associates or the union.',
    },
    'retention-period': {
      status: 'answered',
      choice: 'indefinite',
      words: 'Kept "for the life of the contract with Velocity".',
    },
    'worker-access-requests': {
      status: 'answered',
      words: 'Associates can ask their lead for their weekly rate. There is no way to get the raw scan data.',
    },
    'correction-deletion': {
      status: 'answered',
      words: 'A lead can add a comment to a day with a scanner fault; the rate itself is not changed.',
    },
    'leavers-data': {
      status: 'unknown',
      words: 'HR did not know what happens to the data of associates who leave.',
    },
    'training-reuse': {
      status: 'unknown',
      words: 'Not known whether Velocity trains its models on site data.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'no',
      words: 'No assessment of safety or fairness before launch.',
    },
    'union-recognised': RECOGNISED,
    'nlra-bargain-before-change': {
      status: 'answered',
      choice: 'no',
      words: '"PaceTrack went live in March under the management rights clause; there was nothing to bargain."',
      note: 'Discipline on rate is a change to terms and conditions. Demand bargaining; consider an 8(a)(5) charge.',
    },
    'nlra-information-request': {
      status: 'answered',
      choice: 'answered-in-part',
      words: 'Our 2 October request got the data dictionary on 19 November. No standards, no thresholds, no vendor contract.',
      note: 'Seven weeks for a partial answer. Note the delay in the charge.',
    },
    'nlra-confidentiality-claim': {
      status: 'answered',
      choice: 'blanket-refusal',
      words: 'Standards and the contract are "confidential business information"; no alternative offered.',
      note: 'Offer a confidentiality agreement limited to the bargaining committee and ask for anonymised rate distributions.',
    },
    'union-information': {
      status: 'answered',
      choice: 'no',
      words: 'Only the data dictionary so far.',
    },
    consultation: {
      status: 'partly',
      choice: 'yes',
      words: 'Management will "meet and discuss" changes to the rates, but not the use in discipline.',
    },
    'audit-review': {
      status: 'answered',
      choice: 'no',
      words: 'No review is planned.',
    },
  },
};

const usSentryVision: ExampleSystem = {
  entry: {
    id: 'sentryvision-cameras',
    name: 'SentryVision AI camera system',
    vendor: 'Aperture Safety Systems Corp.',
    category: 'monitoring',
    purpose: 'Replaced the old CCTV with 240 cameras whose software detects "unsafe acts", forklift near-misses and loitering.',
    affected: 'Everyone in the building: associates, drivers from carriers and visitors.',
  },
  answers: {
    'data-categories': {
      status: 'partly',
      words: 'Video, "safety events" with clips and the badge ID matched to the person in the clip. Whether audio is recorded: "we think not".',
    },
    purpose: {
      status: 'answered',
      words: 'Safety and loss prevention.',
    },
    'special-category-data': {
      status: 'partly',
      choice: 'yes',
      words: 'The system matches faces to badge photos "to link safety events". Management says it is not face recognition.',
      note: 'Matching faces to badges is face recognition. Ohio has no biometric law; the agreement must cover it.',
    },
    'special-category-basis': {
      status: 'unknown',
      words: 'No answer on what justifies face matching.',
    },
    'legal-basis': {
      status: 'refused',
      words: '"We do not need permission to put cameras in our own building."',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'no',
      words: 'Signs say "CCTV in operation". Nothing on the AI detection or face matching.',
    },
    'off-duty-collection': {
      status: 'partly',
      choice: 'no',
      words: 'Cameras cover the break room and the parking lot "for security".',
      note: 'Break room and lot are where members talk about the union. Ask for the camera map.',
    },
    'secondary-uses': {
      status: 'answered',
      choice: 'yes',
      words: 'Clips have been used in two attendance investigations.',
    },
    'union-activity-tracking': {
      status: 'refused',
      words: '"We will not discuss security settings."',
      note: 'Loitering alerts near the break room during the rally. Raise s. 7 and 8(a)(1).',
    },
    'inactive-functions': {
      status: 'answered',
      choice: 'yes',
      words: 'A "productivity heatmap" module is installed but switched off.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'no',
      words: 'Events only, no scores per person.',
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'no',
      words: 'Not used.',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'none',
      words: 'A safety manager reviews every event.',
    },
    'work-pace-targets': {
      status: 'answered',
      choice: 'no',
      words: 'Not used for rates.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'no',
      words: 'No jobs affected.',
    },
    'storage-location': {
      status: 'answered',
      words: 'An on-site recorder, and Aperture\'s cloud for event clips.',
    },
    'cross-border-transfers': {
      status: 'partly',
      choice: 'yes',
      words: 'Aperture\'s review team labels clips "from several countries".',
    },
    'transfer-safeguards': {
      status: 'unknown',
      words: 'Management does not know which countries or under what contract.',
    },
    'internal-access': {
      status: 'answered',
      words: 'Site security, the safety manager and regional loss prevention.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Aperture supplies the software and reviews clips.',
    },
    'vendor-contract': {
      status: 'answered',
      choice: 'no',
      words: 'Only Aperture\'s standard terms.',
    },
    'third-party-use': {
      status: 'answered',
      choice: 'yes',
      words: 'Aperture may use "de-identified footage" to improve its models.',
    },
    'breach-notice': {
      status: 'unknown',
      words: 'Management does not know whether Aperture must report breaches.',
    },
    'retention-period': {
      status: 'answered',
      choice: 'defined',
      words: 'Video 30 days; event clips 3 years.',
    },
    'worker-access-requests': {
      status: 'answered',
      words: 'No procedure. Clips are shown only in an investigation meeting.',
    },
    'correction-deletion': {
      status: 'answered',
      words: 'No way to correct or delete a clip.',
    },
    'leavers-data': {
      status: 'answered',
      words: 'The same retention applies.',
    },
    'training-reuse': {
      status: 'answered',
      choice: 'yes',
      words: 'Yes, under Aperture\'s terms.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'in-progress',
      words: 'The corporate safety team is doing a review.',
    },
    'reps-views-sought': {
      status: 'answered',
      choice: 'no',
      words: 'The union has not been asked.',
    },
    'impact-assessment-shared': {
      status: 'answered',
      choice: 'no',
      words: 'It will not be shared.',
    },
    'union-recognised': RECOGNISED,
    'nlra-bargain-before-change': {
      status: 'refused',
      words: '"Cameras are a security matter, not a bargaining subject."',
      note: 'Colgate-Palmolive and Anheuser-Busch say otherwise. Demand notice and bargaining before the heatmap is switched on.',
    },
    'nlra-information-request': {
      status: 'answered',
      choice: 'not-sent',
      words: 'Not yet sent for the cameras.',
      note: 'Send with the letter: camera map, detection rules, the Aperture terms, the list of investigations using clips.',
    },
    'nlra-confidentiality-claim': {
      status: 'answered',
      choice: 'accommodation-offered',
      words: 'Management will show the camera map to the bargaining committee only, not copy it.',
    },
    'union-information': {
      status: 'refused',
      words: 'No documentation until the security review is finished.',
    },
    consultation: {
      status: 'answered',
      choice: 'no',
      words: '"Security is a management right."',
    },
    'audit-review': {
      status: 'answered',
      choice: 'no',
      words: 'None planned.',
    },
  },
};

const example: Example = {
  key: 'us',
  id: 'example-us',
  meta: {
    union: 'United Warehouse and Logistics Workers, Local 412',
    employer: 'Great Lakes Fulfillment LLC',
    workplace: 'Distribution center CMH-4, Groveport, Ohio',
    date: '2026-11-30',
    round: 'Mid-term bargaining, second session',
    present:
      'Union: Denise Kowalski (business agent), Marcus Reed and Ana Lucía Ortega (chief stewards). Management: Brian Holt (site general manager), Karen Whitfield (HR business partner), Steven Cho (labor relations counsel).',
  },
  systems: [usPaceTrack, usSentryVision],
};

export default example;
