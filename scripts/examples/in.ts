import type { Example, ExampleSystem } from './example.ts';

// ── India: a customer-support centre in Pune ────────────────────────────────────────────────

const inDeskMonitoring: ExampleSystem = {
  entry: {
    id: 'deskpulse-monitoring',
    name: 'DeskPulse desktop activity monitoring',
    vendor: 'DeskPulse Technologies Pvt. Ltd., hosted on a cloud in Singapore',
    category: 'monitoring',
    purpose: 'Logs application and website use, idle time and keystroke counts, takes random screenshots, and gives each agent a daily "productivity index".',
    affected: 'About 900 voice and chat support agents and their team leaders, including those working from home.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'Active and idle time, applications and URLs, keystroke and mouse counts, screenshots every 10 minutes, log-in location by IP address.',
    },
    purpose: {
      status: 'partly',
      words: 'Productivity, information security and client audits. HR would not say whether screenshots are used in disciplinary enquiries.',
      note: 'Two agents were charge-sheeted in October with screenshots attached. Bring the charge sheets.',
    },
    'special-category-data': {
      status: 'answered',
      choice: 'no',
      words: 'No sensitive data.',
      note: 'Screenshots can show medical websites and bank pages. Raise it under minimisation.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'contract',
      words: '"The employment contract and the IT policy agents sign on joining."',
    },
    'in-dpdp-basis': {
      status: 'answered',
      choice: 'employment',
      words: 'Processing for employment purposes under section 7(i); no consent is sought.',
      note: 'So no statutory access or correction right from May 2027 either. The contractual access clause is essential.',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'partly',
      words: 'The IT policy says "activity may be monitored". Nothing on screenshots, scores or the Singapore cloud.',
    },
    'off-duty-collection': {
      status: 'partly',
      choice: 'yes',
      words: 'On home laptops the agent runs while the laptop is on, "but data outside shifts is not looked at".',
      note: 'Home workers say it records evenings when they use the laptop for children\'s school work.',
    },
    'secondary-uses': {
      status: 'refused',
      words: '"Security investigations are confidential."',
    },
    'union-activity-tracking': {
      status: 'unknown',
      words: 'IT could not say whether union e-mails and the union\'s website appear in the URL logs.',
      note: 'They do: a team leader quoted a union WhatsApp message seen in a screenshot.',
    },
    'inactive-functions': {
      status: 'answered',
      choice: 'yes',
      words: 'Webcam snapshots and "attention tracking" are in the licence but switched off.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'yes',
      words: 'A daily productivity index from 0 to 100 and a weekly "at-risk" flag for agents below 60.',
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'no',
      words: 'Not switched on.',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'partly',
      words: 'The at-risk flag starts a performance improvement plan; the team leader decides on warnings.',
    },
    'human-review': {
      status: 'answered',
      choice: 'on-request',
      words: 'An agent may ask the team leader to check the index.',
    },
    'human-reviewer': {
      status: 'partly',
      words: 'The team leader, whose own bonus depends on the team\'s average index.',
      note: 'Not an independent reviewer. Ask for review by HR with the union present.',
    },
    'logic-explanation': {
      status: 'answered',
      choice: 'no',
      words: 'The weighting is DeskPulse\'s proprietary model.',
    },
    'bias-testing': {
      status: 'answered',
      choice: 'no',
      words: 'No testing.',
      note: 'Agents with disabilities who use screen readers score low on keystrokes.',
    },
    'work-pace-targets': {
      status: 'answered',
      choice: 'yes',
      words: 'An index of 75 is the target; idle time over 8 minutes is flagged.',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'yes',
      words: 'The index counts for 30% of the quarterly incentive.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'yes',
      words: 'Break times are now enforced by the tool, and the at-risk flag is a new step in discipline.',
    },
    'in-notice-of-change': {
      status: 'answered',
      choice: 'not-given',
      words: 'HR says no notice was needed because "the standing orders are unchanged".',
      note: 'New rules of discipline and enforced intervals are Third-Schedule items. Cite section 40 in the letter.',
    },
    'storage-location': {
      status: 'answered',
      words: 'DeskPulse\'s cloud in Singapore.',
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'yes',
      words: 'Yes, to Singapore, and support staff in the Philippines can access it.',
    },
    'transfer-safeguards': {
      status: 'unknown',
      words: 'IT will check the contract.',
    },
    'internal-access': {
      status: 'answered',
      words: 'Team leaders see the index; the security team sees screenshots.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'DeskPulse Technologies.',
    },
    'vendor-contract': {
      status: 'refused',
      words: '"Commercial contracts are not shared with the union."',
    },
    'third-party-use': {
      status: 'answered',
      choice: 'no',
      words: 'No data leave DeskPulse and the company.',
    },
    'breach-notice': {
      status: 'partly',
      words: 'The group security policy applies. Nobody could say who would tell the agents.',
    },
    'retention-period': {
      status: 'answered',
      choice: 'indefinite',
      words: 'Screenshots 90 days; the index and flags "for the duration of employment and after".',
    },
    'worker-access-requests': {
      status: 'answered',
      words: 'Agents see their index on the dashboard; not the screenshots.',
    },
    'in-contractual-access': {
      status: 'answered',
      choice: 'no',
      words: 'HR will not commit to giving copies of screenshots or logs.',
      note: 'Nothing in law to fall back on for s. 7(i) processing. Make this a condition of the incentive agreement.',
    },
    'in-grievance-contact': {
      status: 'follow-up',
      words: 'HR will name a contact for data questions by the next meeting.',
    },
    'correction-deletion': {
      status: 'refused',
      words: '"The index is calculated automatically and cannot be edited."',
    },
    'leavers-data': {
      status: 'unknown',
      words: 'Not known what DeskPulse keeps after an agent leaves.',
    },
    'training-reuse': {
      status: 'unknown',
      words: 'Not known whether DeskPulse trains its model on the data.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'no',
      words: '"We are not a Significant Data Fiduciary."',
      note: 'Correct: no duty in law. The joint assessment has to be won in the agreement.',
    },
    'union-information': {
      status: 'answered',
      choice: 'no',
      words: 'The union learned of the tool from the agents.',
    },
    consultation: {
      status: 'answered',
      choice: 'no',
      words: 'Already rolled out in August.',
    },
    'audit-review': {
      status: 'answered',
      choice: 'no',
      words: 'No review planned.',
    },
  },
};

const inFaceAttendance: ExampleSystem = {
  entry: {
    id: 'facein-attendance',
    name: 'FaceIn face-recognition attendance',
    vendor: 'Vistara Biometrics Pvt. Ltd., servers in Mumbai',
    category: 'biometrics',
    purpose: 'Marks attendance by face at the turnstiles and on the mobile app for home workers, and feeds the payroll.',
    affected: 'All 1,050 employees on site and at home.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'Face template, a photo at each check-in, time, turnstile and, on the app, GPS location.',
    },
    purpose: {
      status: 'answered',
      words: 'Attendance and payroll.',
    },
    'special-category-data': {
      status: 'answered',
      choice: 'yes',
      words: 'Yes, biometric data.',
    },
    'special-category-basis': {
      status: 'partly',
      words: 'Section 7(i): attendance is an employment purpose. Templates are encrypted.',
    },
    'in-spdi-consent': {
      status: 'answered',
      choice: 'no',
      words: 'No written consent: "enrolment is part of joining formalities".',
      note: 'The SPDI Rules still require written consent for biometrics until May 2027. Strong point now.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'legal-obligation',
      words: 'Attendance registers required by labour law.',
    },
    'in-dpdp-basis': {
      status: 'partly',
      choice: 'both',
      words: 'Employment for the turnstiles; for the mobile app, agents "accepted the app\'s terms".',
      note: 'App terms are consent: ss. 11 and 12 apply to that part from May 2027.',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'no',
      words: 'No notice beyond the app\'s terms.',
    },
    'off-duty-collection': {
      status: 'partly',
      choice: 'no',
      words: 'The app checks location only at check-in, "as far as we know".',
    },
    'secondary-uses': {
      status: 'answered',
      choice: 'no',
      words: 'Only attendance.',
    },
    'union-activity-tracking': {
      status: 'answered',
      choice: 'no',
      words: 'No.',
    },
    'inactive-functions': {
      status: 'unknown',
      words: 'Vistara\'s brochure mentions "mask and mood detection"; IT did not know whether it is installed.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'no',
      words: 'No scores, only attendance.',
    },
    'emotion-recognition': {
      status: 'unknown',
      words: 'See the brochure on "mood detection".',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'solely',
      words: 'Three failed check-ins mark a half-day of loss of pay automatically.',
      note: 'Darker-skinned colleagues and those wearing hijab report more failures.',
    },
    'automated-decision-exception': {
      status: 'answered',
      choice: 'contract',
      words: '"The attendance policy is part of the contract."',
    },
    'human-review': {
      status: 'answered',
      choice: 'no',
      words: 'Payroll does not reverse system marks.',
    },
    'logic-explanation': {
      status: 'partly',
      choice: 'partly',
      words: 'The matching threshold is "set by the vendor".',
    },
    'bias-testing': {
      status: 'refused',
      words: '"The vendor\'s accuracy is certified."',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'yes',
      words: 'Attendance counts for the attendance allowance and loss of pay.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'no',
      words: 'No change to jobs.',
    },
    'in-notice-of-change': {
      status: 'answered',
      choice: 'no-change',
      words: 'Attendance rules are unchanged.',
      note: 'Automatic loss of pay for failed check-ins looks like a change in wages and discipline. Test this.',
    },
    'storage-location': {
      status: 'answered',
      words: 'Vistara\'s servers in Mumbai.',
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'no',
      words: 'All in India.',
    },
    'internal-access': {
      status: 'answered',
      words: 'Payroll and the facilities team.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Vistara Biometrics hosts and supports it.',
    },
    'vendor-contract': {
      status: 'answered',
      choice: 'yes',
      words: 'A contract exists with a confidentiality clause; to be shown to the union in part.',
    },
    'third-party-use': {
      status: 'answered',
      choice: 'no',
      words: 'No sharing.',
    },
    'breach-notice': {
      status: 'answered',
      words: 'Vistara must inform the company within 24 hours; the company will tell employees.',
    },
    'retention-period': {
      status: 'answered',
      choice: 'defined',
      words: 'Templates deleted 30 days after leaving; check-in photos kept 1 year.',
    },
    'worker-access-requests': {
      status: 'partly',
      words: 'Employees see their attendance in the HR portal, not the photos.',
    },
    'in-contractual-access': {
      status: 'answered',
      choice: 'yes',
      words: 'HR agrees to give each employee, on request, their check-in record and photos within 15 days.',
    },
    'in-grievance-contact': {
      status: 'answered',
      words: 'The HR helpdesk; answers within 7 working days. The Grievance Redressal Committee hears appeals.',
    },
    'correction-deletion': {
      status: 'answered',
      words: 'Attendance corrections through the HR helpdesk with the manager\'s approval.',
    },
    'leavers-data': {
      status: 'answered',
      words: 'Templates deleted 30 days after leaving; attendance kept as the law requires.',
    },
    'training-reuse': {
      status: 'answered',
      choice: 'no',
      words: 'The contract forbids it.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'no',
      words: 'No assessment.',
    },
    'union-information': {
      status: 'answered',
      choice: 'yes',
      words: 'The union received the vendor\'s brochure and the attendance policy.',
    },
    consultation: {
      status: 'partly',
      choice: 'yes',
      words: 'Willing to discuss the loss-of-pay rule in the Works Committee.',
    },
    'audit-review': {
      status: 'follow-up',
      words: 'Management will propose a review date after asking the vendor.',
    },
  },
};

const example: Example = {
  key: 'in',
  id: 'example-in',
  meta: {
    union: 'Maharashtra Customer Support Employees\' Union',
    employer: 'Sahyadri Customer Solutions Pvt. Ltd.',
    workplace: 'Hinjewadi support centre, Pune',
    date: '2026-11-26',
    round: 'First meeting on monitoring and attendance systems',
    present:
      'Union: Anjali Deshpande (general secretary), Rahul Patil and Farah Shaikh (committee members). Management: Vikram Iyer (head of operations), Sneha Kulkarni (HR head), Arjun Menon (IT security).',
  },
  systems: [inDeskMonitoring, inFaceAttendance],
};

export default example;
