import type { Example, ExampleSystem } from './example.ts';

// ── Canada (federal): an interprovincial freight carrier in Mississauga ─────────────────────

const caDashcam: ExampleSystem = {
  entry: {
    id: 'roadsight-telematics-dashcam',
    name: 'RoadSight telematics and AI dash cameras',
    vendor: 'Roadsight Fleet Safety Inc. (Delaware), through Northway Telematics, Toronto',
    category: 'location',
    purpose: 'GPS tracking of every tractor, and road- and driver-facing cameras that flag "risky events" and score each driver.',
    affected: 'About 420 line-haul and city drivers based at the Mississauga and Montreal terminals.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'GPS position every 30 seconds, speed, harsh braking and cornering, engine hours, video clips from both cameras around each flagged event, and a weekly safety score per driver.',
    },
    'ca-federally-regulated': {
      status: 'answered',
      choice: 'federal',
      words: 'Interprovincial trucking between Ontario and Quebec: management accepts that the company is a federal undertaking.',
    },
    'ca-collective-agreement': {
      status: 'answered',
      choice: 'no-own-procedure',
      words: 'The 2024–2028 collective agreement binds the company. Its article 31 covers layoffs only and sets no procedure for technological change.',
      note: 'So the Canada Labour Code notice and statement apply in full. Check article 31 again with the national office.',
    },
    purpose: {
      status: 'partly',
      words: 'Road safety, insurance premiums and proof in accident claims. Asked about discipline, the terminal manager said clips "may be reviewed" in investigations.',
      note: 'Two members were disciplined on camera clips in October. Purpose clause and a ban on use in discipline are the priority.',
    },
    'special-category-data': {
      status: 'partly',
      choice: 'yes',
      words: 'The driver-facing camera records faces, and the fatigue alert "may reveal a medical condition", the safety director conceded.',
    },
    'special-category-basis': {
      status: 'unknown',
      words: 'Nobody could say what safeguards apply to the driver-facing video beyond "only the safety team sees it".',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'legitimate-interests',
      words: '"Safety is a business necessity, and drivers were told at orientation."',
      note: 'Under PIPEDA s. 7.3 the real test is notice plus necessity: ask for the orientation notice.',
    },
    'objection-route': {
      status: 'answered',
      words: 'A driver may raise a concern with the safety director. "The cameras stay on."',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'partly',
      words: 'A one-page notice at orientation mentions GPS and a road-facing camera. It says nothing of the driver-facing camera, the score or the vendor in the United States.',
    },
    'off-duty-collection': {
      status: 'answered',
      choice: 'yes',
      words: 'The driver-facing camera stays on during the 30-minute break and the 10-hour off-duty period in the sleeper berth "unless the cab is switched off".',
      note: 'Sleeper cabs are where drivers rest. This is the members\' first complaint.',
    },
    'secondary-uses': {
      status: 'answered',
      choice: 'yes',
      words: 'Scores are shared with the insurer at renewal, and clips are used in disciplinary investigations.',
    },
    'union-activity-tracking': {
      status: 'answered',
      choice: 'no',
      words: '"We do not monitor union business."',
      note: 'Stewards talk to drivers in the cab at the Montreal yard. Ask whether the microphone is on.',
    },
    'inactive-functions': {
      status: 'partly',
      choice: 'yes',
      words: 'The licence includes in-cab audio and a "driver identification" face-matching module. Both are "not activated".',
      note: 'Face matching would be biometric. Get the licence schedule in writing.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'yes',
      words: 'A weekly safety score from 0 to 100, and a "coaching priority" ranking of drivers at each terminal.',
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'yes',
      words: 'The camera detects drowsiness, distraction and "aggressive behaviour" from the driver\'s face and posture.',
      note: 'Inferring "aggression" from a face is emotion recognition. Demand it be switched off.',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'partly',
      words: 'Scores below 70 trigger a coaching session; three flagged events in a month go to the terminal manager, who decides on discipline.',
    },
    'human-review': {
      status: 'answered',
      choice: 'on-request',
      words: 'A driver may ask the safety team to look at a clip again.',
    },
    'human-reviewer': {
      status: 'answered',
      words: 'One of two safety coordinators, trained by the reseller for a day. No time limit for a review.',
    },
    'logic-explanation': {
      status: 'partly',
      choice: 'partly',
      words: 'Drivers see the events in the app. How events are weighted in the score is "Roadsight\'s proprietary model".',
    },
    'bias-testing': {
      status: 'unknown',
      words: 'Management does not know whether the driver-facing model was tested on different skin tones, eyeglasses or head coverings.',
      note: 'Sikh drivers report more "distraction" flags. Collect examples.',
    },
    'work-pace-targets': {
      status: 'answered',
      choice: 'yes',
      words: 'The system flags idle time over 15 minutes and routes that run late against the dispatch plan.',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'yes',
      words: 'The quarterly safety bonus of $600 needs a safety score of 85 or more.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'yes',
      words: 'Road supervisors\' ride-alongs were cut from six posts to two when the cameras came in.',
    },
    'ca-tech-change-notice': {
      status: 'answered',
      choice: 'not-tech-change',
      words: '"Cameras are safety equipment, not a change in how the work is done."',
      note: 'Four road supervisor posts went and drivers are now scored by a machine. Dispute this in writing.',
    },
    'storage-location': {
      status: 'answered',
      words: 'Roadsight\'s cloud in the United States (Virginia); Northway keeps a copy of the reports in Toronto.',
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'yes',
      words: 'All video and scores are processed in the United States.',
    },
    'transfer-safeguards': {
      status: 'follow-up',
      words: 'The IT director will check what the Roadsight contract says about access by US authorities.',
    },
    'internal-access': {
      status: 'answered',
      words: 'The safety team, terminal managers and dispatchers see scores; clips are seen by the safety team and, in claims, by the insurer.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Roadsight hosts and analyses everything; Northway installs and supports the cameras.',
    },
    'vendor-contract': {
      status: 'partly',
      choice: 'yes',
      words: 'There is a subscription agreement with Roadsight. Northway works on a purchase order.',
    },
    'third-party-use': {
      status: 'answered',
      choice: 'yes',
      words: 'The insurer receives fleet and driver scores; Roadsight uses "anonymised" clips in its industry benchmarks.',
    },
    'breach-notice': {
      status: 'partly',
      words: 'Roadsight would tell the company. Nobody has decided who tells drivers or the union.',
    },
    'retention-period': {
      status: 'answered',
      choice: 'defined',
      words: 'Clips 90 days unless flagged; flagged clips three years; scores for the length of employment.',
    },
    'worker-access-requests': {
      status: 'partly',
      words: 'Drivers see their events in the app. No one has ever asked for a copy of their clips.',
      note: 'PIPEDA gives each driver access within 30 days. Help members file requests.',
    },
    'correction-deletion': {
      status: 'unknown',
      words: 'No procedure to correct a false event, other than asking the safety team.',
    },
    'leavers-data': {
      status: 'answered',
      words: 'Kept three years after departure "for claims".',
    },
    'training-reuse': {
      status: 'answered',
      choice: 'yes',
      words: 'Roadsight trains its models on customer clips, "de-identified".',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'no',
      words: '"No law requires one for us."',
      note: 'True for a federal employer. Negotiate a joint assessment.',
    },
    'union-information': {
      status: 'answered',
      choice: 'no',
      words: 'The union received a slide deck in May, after the cameras were installed.',
    },
    consultation: {
      status: 'refused',
      words: '"Safety equipment is a management right under the agreement."',
    },
    'audit-review': {
      status: 'answered',
      choice: 'no',
      words: 'No review planned.',
    },
  },
};

const caDockScheduling: ExampleSystem = {
  entry: {
    id: 'dockflow-labour-scheduling',
    name: 'DockFlow dock and labour scheduling',
    vendor: 'Kinetiq Logistics Software Ltd., Vancouver',
    category: 'scheduling',
    purpose: 'Forecasts freight volumes and assigns dock workers to shifts, doors and tasks; a new module due in February 2027 sets pick rates.',
    affected: 'About 160 dock workers and lead hands at the Mississauga cross-dock.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'Seniority, availability, skills and forklift licences, scanner logs of every pallet moved, and attendance.',
    },
    'ca-federally-regulated': {
      status: 'answered',
      choice: 'federal',
      words: 'As for RoadSight: a federal undertaking.',
    },
    'ca-collective-agreement': {
      status: 'answered',
      choice: 'no-own-procedure',
      words: 'As for RoadSight: the collective agreement has no technological-change procedure.',
    },
    purpose: {
      status: 'answered',
      words: 'Shift planning and door assignment now; from February, pick rates and a productivity dashboard.',
    },
    'special-category-data': {
      status: 'answered',
      choice: 'no',
      words: '"Only work data."',
      note: 'Accommodation restrictions are entered as "skills". Ask how.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'contract',
      words: '"Scheduling is part of the employment relationship."',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'no',
      words: 'No notice to workers: "it replaced the whiteboard".',
    },
    'off-duty-collection': {
      status: 'answered',
      choice: 'no',
      words: 'Shift offers are sent by text, but nothing is collected off shift.',
    },
    'secondary-uses': {
      status: 'unknown',
      words: 'Management could not say whether scanner logs will feed discipline once the pick-rate module is live.',
    },
    'union-activity-tracking': {
      status: 'answered',
      choice: 'no',
      words: '"Union leave is booked as ordinary leave."',
    },
    'inactive-functions': {
      status: 'answered',
      choice: 'yes',
      words: 'The pick-rate and "labour standards" module is licensed but not switched on until February.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'yes',
      words: 'A reliability index from attendance and shift swaps, used to rank offers of overtime.',
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'no',
      words: 'No cameras or audio.',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'solely',
      words: 'The system offers overtime and assigns doors and tasks on its own, overnight.',
    },
    'automated-decision-exception': {
      status: 'answered',
      choice: 'contract',
      words: '"The agreement lets us assign work."',
    },
    'human-review': {
      status: 'partly',
      choice: 'on-request',
      words: 'The lead hand can change an assignment on the floor; overtime offers cannot be changed once sent.',
      note: 'Overtime must follow seniority under article 18. Check whether the index overrides it.',
    },
    'human-reviewer': {
      status: 'follow-up',
      words: 'The operations manager will say how often lead hands overrode the system since June.',
    },
    'logic-explanation': {
      status: 'answered',
      choice: 'no',
      words: '"The vendor does not disclose the optimisation rules."',
    },
    'bias-testing': {
      status: 'answered',
      choice: 'no',
      words: '"It is a scheduling tool, not a hiring tool."',
      note: 'Workers on accommodation lose overtime through the reliability index. Human rights angle.',
    },
    'work-pace-targets': {
      status: 'answered',
      choice: 'yes',
      words: 'From February, a pick rate per hour per worker, with a red flag below 90% of standard.',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'no',
      words: '"Pay follows the agreement."',
      note: 'Overtime offers are pay. Raise it.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'yes',
      words: 'Two scheduler posts will go, and the pick-rate module changes how the dock is run.',
    },
    'ca-tech-change-notice': {
      status: 'answered',
      choice: 'no-notice',
      words: 'Management accepts that the February module is a technological change but has not given notice: "we will, in due course".',
      note: 'February is less than 120 days away. The notice is already late: demand it and the start date be pushed back.',
    },
    'ca-tech-change-statement': {
      status: 'follow-up',
      words: 'The HR director will "consider" a written statement with the names of those affected and the reasons.',
      note: 'It is owed on request under s. 52(3). Request it in writing this week: the 30 days for a s. 54 application run from the notice.',
    },
    'storage-location': {
      status: 'answered',
      words: 'Kinetiq\'s cloud in Canada (Montreal region).',
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'no',
      words: '"Canadian hosting only."',
      note: 'Ask whether Kinetiq\'s support desk is abroad.',
    },
    'internal-access': {
      status: 'answered',
      words: 'Operations managers, lead hands and payroll.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Kinetiq hosts and maintains the system.',
    },
    'vendor-contract': {
      status: 'answered',
      choice: 'yes',
      words: 'A software-as-a-service agreement with a privacy schedule. The union may read the schedule.',
    },
    'third-party-use': {
      status: 'answered',
      choice: 'no',
      words: '"Nobody else gets our data."',
    },
    'breach-notice': {
      status: 'answered',
      words: 'Kinetiq must tell the company within 48 hours; the company would tell affected workers.',
    },
    'retention-period': {
      status: 'answered',
      choice: 'indefinite',
      words: 'Scanner logs are kept "for analytics".',
    },
    'worker-access-requests': {
      status: 'answered',
      words: 'Requests go to HR and are answered within 30 days, free.',
    },
    'correction-deletion': {
      status: 'answered',
      words: 'HR corrects attendance errors on request.',
    },
    'leavers-data': {
      status: 'follow-up',
      words: 'HR will check what Kinetiq keeps when someone leaves.',
    },
    'training-reuse': {
      status: 'unknown',
      words: 'Nobody knows whether Kinetiq uses the scanner logs to build its "labour standards" for other customers.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'in-progress',
      words: 'Operations is "reviewing the risks" of the pick-rate module with Kinetiq.',
    },
    'reps-views-sought': {
      status: 'answered',
      choice: 'no',
      words: '"It is an operational review."',
    },
    'impact-assessment-shared': {
      status: 'answered',
      choice: 'summary',
      words: 'A summary "once it is finished".',
    },
    'union-information': {
      status: 'answered',
      choice: 'no',
      words: 'The union first heard of the module from a lead hand.',
    },
    consultation: {
      status: 'partly',
      choice: 'yes',
      words: '"Happy to discuss the roll-out", but not the pick rates.',
    },
    'audit-review': {
      status: 'answered',
      choice: 'yes',
      words: 'A review with the union three months after go-live, offered at the table.',
      note: 'Get the date and the union\'s role in writing.',
    },
  },
};

const example: Example = {
  key: 'ca',
  id: 'example-ca',
  meta: {
    union: 'Federated Freight and Transport Workers, Local 419',
    employer: 'Laurentide Interprovincial Freight Ltd.',
    workplace: 'Mississauga terminal and cross-dock, with the Montreal terminal',
    date: '2026-11-26',
    round: 'First meeting on technology',
    present:
      'Union: Harpreet Gill (business agent), Marc-André Tremblay and Denise Okafor (chief stewards). Management: Gordon Ashby (vice-president, operations), Linh Tran (HR director), Rafael Costa (safety director).',
  },
  systems: [caDashcam, caDockScheduling],
};

export default example;
