import type { Example, ExampleSystem } from './example.ts';

// ── South Korea: a fulfilment centre in Icheon, Gyeonggi-do ──────────────────────────────────

const krFaceGate: ExampleSystem = {
  entry: {
    id: 'facegate-entry-and-cctv',
    name: 'FaceGate face-recognition entry and CCTV',
    vendor: 'Visionpass Co., Ltd.',
    category: 'biometrics',
    purpose: 'Face-recognition gates at the staff entrance and the picking floors, linked to time and attendance, with 140 CCTV cameras across the centre.',
    affected: 'About 420 directly employed workers, plus agency workers on the night shift.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'Face templates made from an enrolment photo, entry and exit times at each gate, CCTV footage of the floors, loading docks and canteen.',
    },
    purpose: {
      status: 'partly',
      words: 'Site security and accurate attendance records. Management accepted that CCTV footage "has been reviewed" in two disciplinary cases this year.',
      note: 'Use of footage in discipline is what members fear most. Push the purpose clause.',
    },
    'special-category-data': {
      status: 'answered',
      choice: 'yes',
      words: 'The face templates identify each worker, so management accepts they are biometric data.',
    },
    'special-category-basis': {
      status: 'partly',
      words: 'Consent at enrolment. Templates are held on the gate server; only the security team can reach them, "but no separate written rules exist yet".',
    },
    'kr-sensitive-consent': {
      status: 'answered',
      choice: 'neither',
      words: 'The enrolment form has one signature box covering the employment contract, the personnel file and the face registration.',
      note: 'One box for everything is not the separate consent Art. 23 requires. Bring a copy of the form.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'consent',
      words: '"Every worker signed the consent form at enrolment."',
      note: 'Agency workers say they were told they could not start the shift without registering. Consent under that pressure is not free.',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'partly',
      words: 'The form names the purpose "security and attendance" but not the retention period, nor that workers may refuse and what happens then.',
    },
    'off-duty-collection': {
      status: 'answered',
      choice: 'yes',
      words: 'Cameras also cover the smoking area and the car park, which workers use on their breaks.',
    },
    'secondary-uses': {
      status: 'answered',
      choice: 'yes',
      words: 'Footage was used in two disciplinary cases, and gate times are compared with the picking system to find "idle time".',
    },
    'union-activity-tracking': {
      status: 'refused',
      words: '"The company respects the union; the question is not appropriate."',
      note: 'A camera covers the corridor outside the union office. Ask for the camera map.',
    },
    'inactive-functions': {
      status: 'partly',
      choice: 'yes',
      words: 'The vendor offers a "crowd analysis" module and mask detection. IT believes both are off, but the licence covers them.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'no',
      words: 'No scores: the system only logs entries and records footage.',
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'no',
      words: 'Visionpass says the gate software does not read expressions.',
      note: 'Check the "crowd analysis" brochure: it mentions "agitation detection".',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'none',
      words: 'The gate opens or not; HR decides on any attendance issue.',
      note: 'Late entries automatically reduce the monthly attendance allowance. Raise it with the allowance rules.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'no',
      words: 'No change to jobs; the two security guards at the gate were moved to the docks.',
    },
    'storage-location': {
      status: 'answered',
      words: 'Templates on a gate server in the centre; CCTV footage on a recorder on site and a backup on the vendor\'s cloud in Seoul.',
    },
    'cross-border-transfers': {
      status: 'unknown',
      words: 'Management does not know whether the vendor\'s support team abroad can reach the cloud backup.',
    },
    'internal-access': {
      status: 'answered',
      words: 'The security team for footage and templates; HR and floor managers for gate times.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Visionpass maintains the gates and hosts the CCTV backup.',
    },
    'vendor-contract': {
      status: 'follow-up',
      words: 'The general affairs team will look for the maintenance contract and report back.',
    },
    'third-party-use': {
      status: 'answered',
      choice: 'no',
      words: 'Footage goes to the police only when they ask for it in writing.',
    },
    'breach-notice': {
      status: 'partly',
      words: 'The privacy officer would handle a breach "as the law requires". Nothing on telling the union.',
    },
    'retention-period': {
      status: 'answered',
      choice: 'defined',
      words: 'Footage 30 days; gate logs three years; face templates "while employed".',
    },
    'worker-access-requests': {
      status: 'answered',
      words: 'A worker can ask HR for their gate log. Nobody has asked for footage or their template.',
    },
    'correction-deletion': {
      status: 'unknown',
      words: 'Management does not know whether a template can be deleted while the worker stays employed.',
    },
    'leavers-data': {
      status: 'partly',
      words: 'Templates "should be" deleted when a worker leaves; gate logs stay for three years.',
      note: 'Two former agency workers say their faces still open the gate. Ask for a deletion check.',
    },
    'training-reuse': {
      status: 'answered',
      choice: 'no',
      words: 'The contract does not allow Visionpass to use the images, according to management.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'no',
      words: '"As a private company we are not required to do one."',
      note: 'True: Art. 33 binds public institutions only. A joint assessment has to be won at the table.',
    },
    'union-information': {
      status: 'answered',
      choice: 'no',
      words: 'The union received a one-page notice when the gates were installed.',
    },
    consultation: {
      status: 'partly',
      choice: 'yes',
      words: 'Management is "willing to discuss the rules" but says the gates are already in place.',
    },
    'kr-council-consultation': {
      status: 'answered',
      choice: 'not-consulted',
      words: 'The gates were installed in March; the council only received a report at its June meeting.',
      note: 'A report after installation is not the consultation item 14 requires. Put it on the next council agenda.',
    },
    'kr-council-resolution': {
      status: 'answered',
      choice: 'no',
      words: '"The council can discuss it, but the decision stays with management."',
    },
    'kr-rules-of-employment': {
      status: 'answered',
      choice: 'not-obtained',
      words: 'The rules of employment were amended to make gate registration compulsory and late entries a disciplinary matter. Workers were not asked.',
      note: 'A disadvantageous change without majority consent: LSA Art. 94. Strongest point of the day.',
    },
    'audit-review': {
      status: 'answered',
      choice: 'no',
      words: 'No review planned.',
    },
  },
};

const krPickRank: ExampleSystem = {
  entry: {
    id: 'pickrank-task-allocation',
    name: 'PickRank task allocation and productivity scoring',
    vendor: 'Arrow Logistics Software Ltd., Singapore',
    category: 'performance',
    purpose: 'Allocates picking and packing tasks to handheld scanners, sets rates per hour, ranks workers weekly and flags those below target.',
    affected: 'All pickers and packers, about 310 workers, and the team leaders who receive the rankings.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'Scanner logs (every scan, with time and location), idle time between tasks, error rates, and the weekly ranking.',
    },
    purpose: {
      status: 'answered',
      words: 'Task allocation, productivity management and the quarterly performance review.',
    },
    'special-category-data': {
      status: 'answered',
      choice: 'no',
      words: 'No health or biometric data, according to management.',
      note: 'Workers on light duties after injury are ranked with everyone else: the ranking reveals health indirectly.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'contract',
      words: '"Allocating work is part of the employment contract."',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'no',
      words: 'Workers were told about the new scanners, not about the ranking.',
    },
    'off-duty-collection': {
      status: 'answered',
      choice: 'no',
      words: 'Scanners are logged out at the end of the shift.',
    },
    'secondary-uses': {
      status: 'answered',
      choice: 'yes',
      words: 'Rankings are used in the quarterly review and to decide who gets overtime.',
    },
    'union-activity-tracking': {
      status: 'answered',
      choice: 'no',
      words: 'Union time off is entered as a separate code and excluded from the ranking.',
      note: 'Check: the branch chair was ranked bottom in the week of the October council meeting.',
    },
    'inactive-functions': {
      status: 'answered',
      choice: 'no',
      words: 'All modules bought are in use.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'yes',
      words: 'A weekly productivity score, a ranking within each team and a "risk of low performance" flag.',
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'no',
      words: 'No cameras or voice analysis in PickRank.',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'solely',
      words: 'The system allocates every task alone, and sends an automatic warning to a worker flagged three weeks in a row.',
    },
    'automated-decision-exception': {
      status: 'answered',
      choice: 'contract',
      words: '"Task allocation and warnings follow from the employment contract."',
      note: 'With the contract as ground, there is no right to refuse (Art. 37-2(1)); lead with explanation and review.',
    },
    'human-review': {
      status: 'answered',
      choice: 'on-request',
      words: 'A worker may complain to the team leader about a warning.',
    },
    'human-reviewer': {
      status: 'partly',
      words: 'The team leader, who "can escalate" to the centre manager. No training on the system and no deadline.',
    },
    'logic-explanation': {
      status: 'answered',
      choice: 'partly',
      words: 'The target rate per hour is shown on the scanner. How the score weighs errors, idle time and task difficulty is "the vendor\'s model".',
    },
    'kr-published-criteria': {
      status: 'answered',
      choice: 'not-published',
      words: 'Nothing is published; management did not know of the duty.',
      note: 'Art. 37-2(4): ask for the published criteria in the letter.',
    },
    'bias-testing': {
      status: 'unknown',
      words: 'Management does not know whether the vendor tested the ranking for older workers or those on light duties.',
    },
    'work-pace-targets': {
      status: 'answered',
      choice: 'yes',
      words: 'Rates per hour are raised each season; workers below 85% of the rate are flagged.',
      note: 'Back pain complaints doubled since the rates went up. Link to the safety committee.',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'yes',
      words: 'The quarterly review, which sets the performance bonus, uses the average ranking.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'yes',
      words: 'Eight team-leader posts were cut when PickRank took over task allocation.',
    },
    'storage-location': {
      status: 'answered',
      words: 'Arrow\'s cloud, in its Singapore data centre.',
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'yes',
      words: 'All scanner data and scores go to Singapore.',
    },
    'transfer-safeguards': {
      status: 'refused',
      words: '"The contract with Arrow is confidential."',
    },
    'internal-access': {
      status: 'answered',
      words: 'Team leaders see their team\'s ranking; HR and the centre manager see all of them.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Arrow hosts the system and tunes the model every quarter.',
    },
    'vendor-contract': {
      status: 'answered',
      choice: 'yes',
      words: 'A software licence and service agreement; management will not show it.',
    },
    'third-party-use': {
      status: 'partly',
      choice: 'no',
      words: '"No sale." Arrow uses anonymised rates across its clients for benchmarking.',
    },
    'breach-notice': {
      status: 'answered',
      words: 'Arrow must tell the company within 24 hours; the privacy officer then informs those affected.',
    },
    'retention-period': {
      status: 'answered',
      choice: 'indefinite',
      words: 'Scanner logs and rankings are kept "as long as the service runs".',
    },
    'worker-access-requests': {
      status: 'follow-up',
      words: 'HR will find out how a worker can get their own scores and report back.',
    },
    'correction-deletion': {
      status: 'partly',
      words: 'Scans can be corrected if a scanner was faulty; scores are not recalculated.',
    },
    'leavers-data': {
      status: 'unknown',
      words: 'Management does not know what Arrow keeps after a worker leaves.',
    },
    'training-reuse': {
      status: 'answered',
      choice: 'yes',
      words: 'Arrow uses scanner data to improve its allocation model for all clients.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'no',
      words: '"Arrow assessed the model before selling it"; the company made no assessment of its own.',
    },
    'union-information': {
      status: 'refused',
      words: '"The model is the vendor\'s trade secret."',
    },
    consultation: {
      status: 'answered',
      choice: 'no',
      words: 'Management sees allocation as "an operational matter".',
    },
    'kr-council-consultation': {
      status: 'refused',
      words: 'Management would not say whether PickRank was ever put to the council.',
      note: 'Council minutes for 2025 show no such item. Bring them.',
    },
    'kr-rules-of-employment': {
      status: 'unknown',
      words: 'HR does not know whether the warning procedure was written into the rules of employment.',
    },
    'audit-review': {
      status: 'partly',
      choice: 'yes',
      words: 'Arrow reviews the model quarterly; the union has no part in it.',
    },
  },
};

const example: Example = {
  key: 'kr',
  id: 'example-kr',
  meta: {
    union: 'Hanbit Logistics Branch, Korean Warehouse and Delivery Workers\' Union',
    employer: 'Hanbit Logistics Co., Ltd.',
    workplace: 'Icheon fulfilment centre, Gyeonggi-do',
    date: '2026-11-26',
    round: 'First meeting',
    present:
      'Union: Kim Min-jun (branch chair), Park Seo-yeon (worker member of the labour-management council), Lee Ji-hoon (shop-floor delegate). Management: Choi Dong-hyun (head of centre operations), Jung Hye-won (HR team leader), Oh Sung-min (privacy officer).',
  },
  systems: [krFaceGate, krPickRank],
};

export default example;
