import type { Example, ExampleSystem } from './example.ts';

// ── United Kingdom: a parcel and retail distribution centre in Daventry, Northamptonshire ────

const ukPickRate: ExampleSystem = {
  entry: {
    id: 'pickpace-labour-management',
    name: 'PickPace labour management and handheld scanners',
    vendor: 'Tallyfield Software Ltd',
    category: 'performance',
    purpose: 'Sets engineered pick and pack rates, tracks each operative\'s units per hour and idle time from the handheld scanners, and raises automatic "performance alerts".',
    affected: 'About 1,100 warehouse operatives on three shifts, including some 300 agency workers at peak.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'Scanner log-ins, every scan with time and location in the aisle, units per hour, "indirect time" and idle gaps over 90 seconds, the daily rate against the engineered standard, and alerts issued.',
    },
    purpose: {
      status: 'partly',
      words: 'Planning labour, coaching and "fair allocation of work". HR accepted that alerts are used at stage 1 of the capability procedure.',
      note: 'Members on nights say three alerts in a month now mean a formal meeting. Get the written rule.',
    },
    'special-category-data': {
      status: 'partly',
      choice: 'yes',
      words: 'Occupational health restrictions are entered as "adjusted rate" codes, so the system holds reduced targets for named operatives. Management says it "does not store medical details".',
      note: 'An adjusted-rate code reveals a health condition. It is special category data whatever the label.',
    },
    'special-category-basis': {
      status: 'unknown',
      words: 'The data protection lead did not know which DPA 2018 condition is relied on, or whether there is an appropriate policy document.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'legitimate-interests',
      words: '"Our legitimate interest in managing productivity and service levels for our clients."',
    },
    'recognised-legitimate-interest': {
      status: 'answered',
      choice: 'no',
      words: 'Management confirmed that no Annex 1 condition is relied on for PickPace.',
    },
    'objection-route': {
      status: 'partly',
      words: 'An operative could raise a grievance, but "the scanner is a condition of the job".',
      note: 'Test the Art. 21 route with a written objection from a member on adjusted duties.',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'partly',
      words: 'The staff privacy notice mentions "productivity monitoring" in one line. Agency workers get the agency\'s notice only.',
    },
    'off-duty-collection': {
      status: 'answered',
      choice: 'no',
      words: 'Only while the operative is logged in to a scanner.',
      note: 'Several members say the scanner stays logged in through breaks if the supervisor does not release it. Idle time then counts against them.',
    },
    'secondary-uses': {
      status: 'answered',
      choice: 'yes',
      words: 'Rates are used in the capability procedure, in choosing who gets overtime and in the annual "operative of the year" scheme.',
    },
    'union-activity-tracking': {
      status: 'refused',
      words: '"We will not discuss hypotheticals about union activity."',
      note: 'Reps on facility time show as idle. Ask for the code used for union duties.',
    },
    'inactive-functions': {
      status: 'partly',
      choice: 'yes',
      words: 'Tallyfield offers a "route efficiency" module with wearable tracking. The operations manager thinks it is not licensed.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'yes',
      words: 'A daily rate per operative, a four-week rolling ranking by shift, and a "consistency score".',
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'no',
      words: 'No voice or video is captured.',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'solely',
      words: 'Performance alerts go to the operative automatically. After three alerts in four weeks the system books a stage 1 meeting in the HR calendar.',
      note: 'Shift managers "confirm" the booking in one click. That is not meaningful human involvement (Art. 22A).',
    },
    'decision-safeguards': {
      status: 'answered',
      choice: 'some',
      words: 'Operatives can comment at the stage 1 meeting. There is no written information on why an alert was raised, and no route to contest an alert itself.',
    },
    'special-category-decision-condition': {
      status: 'follow-up',
      words: 'HR will check with the vendor whether adjusted-rate operatives can receive automatic alerts at all.',
      note: 'If they can, no Art. 22B condition applies: a person must decide.',
    },
    'human-review': {
      status: 'partly',
      choice: 'on-request',
      words: 'A shift manager looks at an alert if the operative disputes it "on the day".',
    },
    'human-reviewer': {
      status: 'answered',
      words: 'The shift manager on duty, with no training on the system and no power to delete an alert, only to add a comment.',
    },
    'logic-explanation': {
      status: 'partly',
      choice: 'partly',
      words: 'The engineered standards per task are on the intranet. How travel time, product weight and congestion are allowed for is "in Tallyfield\'s model".',
    },
    'bias-testing': {
      status: 'answered',
      choice: 'no',
      words: 'No testing for older workers, disabled workers or women, who do more of the light picking with short cycle times.',
    },
    'work-pace-targets': {
      status: 'answered',
      choice: 'yes',
      words: 'The standard rises each peak season; operatives below 85% of the rate are flagged.',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'yes',
      words: 'The quarterly productivity bonus is paid on the rate, and overtime is offered first to the top half of the ranking.',
      note: 'Bonus is a recognised matter under our agreement: put the weightings and the rate distribution in the s.181 request.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'yes',
      words: 'The labour module set new shift patterns from January and cut team leader posts from 42 to 30.',
    },
    'collective-redundancies': {
      status: 'answered',
      choice: 'no',
      words: 'No dismissals are proposed: team leaders are redeployed to operative roles on protected pay for six months.',
      note: 'Protection ends in June. If any redundancies follow, s.188 consultation and the selection method in writing apply.',
    },
    'storage-location': {
      status: 'answered',
      words: 'On Tallyfield\'s cloud service in a data centre in Dublin; reports are downloaded to the site servers.',
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'yes',
      words: 'Data are hosted in Ireland, and Tallyfield\'s second-line support in India can access the database.',
    },
    'transfer-safeguards': {
      status: 'follow-up',
      words: 'The data protection lead will send the transfer terms in the Tallyfield contract.',
    },
    'internal-access': {
      status: 'answered',
      words: 'Shift and operations managers, HR, the client account team, and Tallyfield support staff.',
      note: 'The client account team sees named rankings. Challenge that.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Tallyfield hosts and supports the system.',
    },
    'vendor-contract': {
      status: 'partly',
      choice: 'yes',
      words: 'A processing agreement exists. Management would not show it: "commercially confidential".',
    },
    'third-party-use': {
      status: 'partly',
      choice: 'no',
      words: '"Only anonymised benchmarks" are shared with Tallyfield for its industry rate tables.',
    },
    'breach-notice': {
      status: 'answered',
      words: 'Breaches go to the data protection lead, who reports to the ICO within 72 hours where required. No breach so far.',
    },
    'retention-period': {
      status: 'answered',
      choice: 'indefinite',
      words: 'Scan-level data are kept "while the contract with the client runs"; rankings are never deleted.',
    },
    'worker-access-requests': {
      status: 'answered',
      words: 'A subject access request to HR by email; answered within a month.',
    },
    'complaints-procedure': {
      status: 'answered',
      choice: 'no',
      words: 'Complaints go to the general grievance procedure. There is no data protection complaints form.',
      note: 'Since June 2026 s.164A requires one. Easy win.',
    },
    'correction-deletion': {
      status: 'partly',
      words: 'Scan errors can be corrected by a team leader the same day. Alerts are never removed.',
    },
    'leavers-data': {
      status: 'unknown',
      words: 'No one knew what happens to leavers\' data in Tallyfield\'s system.',
    },
    'training-reuse': {
      status: 'unknown',
      words: 'Management does not know whether Tallyfield uses the site\'s data to tune its engineered standards.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'yes',
      words: 'A DPIA was completed in 2024 when the system was introduced.',
    },
    'reps-views-sought': {
      status: 'answered',
      choice: 'no',
      words: 'The union was not asked for its views.',
    },
    'impact-assessment-shared': {
      status: 'answered',
      choice: 'summary',
      words: 'A one-page summary is offered.',
    },
    'union-recognised': {
      status: 'answered',
      choice: 'recognised',
      words: 'The union is recognised for pay, hours, holidays and bonus for all directly employed operatives.',
      note: 'Agency workers are outside the bargaining unit: for them, s.181 does not reach.',
    },
    'union-information': {
      status: 'refused',
      words: 'Management will not give the rate distributions, the weightings or the vendor reports: "commercially sensitive".',
      note: 'Send a written s.181 request tied to the bonus negotiation. If refused, CAC complaint.',
    },
    consultation: {
      status: 'answered',
      choice: 'no',
      words: 'Management will "inform the union of major changes" but will not consult on rates.',
    },
    'ice-arrangements': {
      status: 'answered',
      choice: 'none',
      words: 'There are no ICE arrangements.',
      note: 'Over 1,000 employees: a request from 2% (at least 15) would trigger them. Discuss with the branch.',
    },
    'safety-reps-consulted': {
      status: 'answered',
      choice: 'no',
      words: 'The safety committee saw the system after it went live.',
      note: 'Reg. 4A(1)(e) says in good time, at the planning stage. Musculoskeletal injuries rose at the last peak.',
    },
    'audit-review': {
      status: 'follow-up',
      words: 'Operations will propose a review date after the peak.',
    },
  },
};

const ukFaceClock: ExampleSystem = {
  entry: {
    id: 'veritime-face-clock',
    name: 'Veritime facial recognition clocking',
    vendor: 'Veritime Systems Ltd',
    category: 'biometrics',
    purpose: 'Clocks operatives in and out by face scan at the gatehouse and the canteen, and feeds the attendance points policy.',
    affected: 'All operatives and agency workers, about 1,400 people.',
  },
  answers: {
    'data-categories': {
      status: 'answered',
      words: 'A face template, a photo at each clocking, clock times and the terminal used. Lateness and missed clockings become attendance points.',
    },
    purpose: {
      status: 'answered',
      words: 'Time and attendance, and stopping "buddy punching".',
    },
    'special-category-data': {
      status: 'answered',
      choice: 'yes',
      words: 'Management accepts that the face template is biometric data used to identify people.',
    },
    'special-category-basis': {
      status: 'partly',
      words: 'Consent forms were signed at induction. No alternative to the face scan is offered.',
      note: 'Consent that is a condition of getting paid is not freely given. Demand a card or PIN alternative.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'consent',
      words: 'Workers\' consent, through the induction form.',
    },
    'recognised-legitimate-interest': {
      status: 'answered',
      choice: 'no',
      words: 'Not relied on.',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'no',
      words: 'Only the consent form; no notice of how long templates are kept or who hosts them.',
    },
    'off-duty-collection': {
      status: 'answered',
      choice: 'no',
      words: 'Terminals are at the gatehouse and the canteen only.',
    },
    'secondary-uses': {
      status: 'partly',
      choice: 'yes',
      words: 'Clocking photos have been used once "to identify who left a fire door open".',
    },
    'union-activity-tracking': {
      status: 'answered',
      choice: 'no',
      words: 'Union duties are not coded in the clocking system.',
    },
    'inactive-functions': {
      status: 'answered',
      choice: 'yes',
      words: 'The terminals support temperature screening and "mask detection", both switched off.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'no',
      words: 'No scores beyond attendance points.',
    },
    'emotion-recognition': {
      status: 'answered',
      choice: 'no',
      words: 'Veritime says the terminals do not analyse expressions.',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'partly',
      words: 'Attendance points are added automatically; a manager decides on any warning at eight points.',
    },
    'human-review': {
      status: 'answered',
      choice: 'always',
      words: 'A manager reviews every case before a warning.',
    },
    'human-reviewer': {
      status: 'partly',
      words: 'The shift manager. Managers "can remove points for a good reason", with no written guidance.',
    },
    'logic-explanation': {
      status: 'answered',
      choice: 'yes',
      words: 'The points policy is in the staff handbook.',
    },
    'bias-testing': {
      status: 'refused',
      words: '"That is for Veritime."',
      note: 'Black and Asian members report repeated failed scans and late clockings. Collect cases.',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'yes',
      words: 'Failed or late clockings reduce paid time until corrected, and points affect the attendance bonus.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'no',
      words: 'No change to jobs.',
    },
    'storage-location': {
      status: 'answered',
      words: 'Templates are on the terminals and on Veritime\'s UK-hosted server.',
    },
    'cross-border-transfers': {
      status: 'answered',
      choice: 'no',
      words: 'Hosted in the UK; no support from abroad.',
    },
    'internal-access': {
      status: 'answered',
      words: 'Payroll, HR and shift managers; Veritime support on request.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Veritime hosts the server and maintains the terminals.',
    },
    'vendor-contract': {
      status: 'answered',
      choice: 'yes',
      words: 'A processing agreement, offered to the union for reading at the meeting.',
    },
    'third-party-use': {
      status: 'answered',
      choice: 'no',
      words: 'No sharing.',
    },
    'breach-notice': {
      status: 'partly',
      words: 'Veritime must report breaches "promptly". No one could say who would tell the workers.',
    },
    'retention-period': {
      status: 'unknown',
      words: 'Nobody knew how long templates are kept after someone leaves.',
    },
    'worker-access-requests': {
      status: 'answered',
      words: 'By subject access request to HR.',
    },
    'complaints-procedure': {
      status: 'refused',
      words: 'Management would not discuss a complaints form "while the policy is being reviewed".',
    },
    'correction-deletion': {
      status: 'answered',
      words: 'Payroll corrects missed clockings on a form signed by the manager.',
    },
    'leavers-data': {
      status: 'follow-up',
      words: 'HR will ask Veritime when templates of leavers and agency workers are deleted.',
    },
    'training-reuse': {
      status: 'answered',
      choice: 'no',
      words: 'Veritime\'s contract bars it from using templates to train its models.',
    },
    'impact-assessment': {
      status: 'answered',
      choice: 'no',
      words: 'No DPIA: "it is a standard product".',
      note: 'Biometric identification of the whole workforce is high risk. No DPIA is a clear breach of Art. 35.',
    },
    'union-recognised': {
      status: 'answered',
      choice: 'recognised',
      words: 'Recognised for the directly employed operatives, as for PickPace.',
    },
    'union-information': {
      status: 'answered',
      choice: 'no',
      words: 'The union was told of the system two weeks before it went live.',
    },
    consultation: {
      status: 'partly',
      choice: 'yes',
      words: 'Management is "willing to discuss" an alternative to face scans.',
    },
    'ice-arrangements': {
      status: 'answered',
      choice: 'none',
      words: 'None.',
    },
    'safety-reps-consulted': {
      status: 'answered',
      choice: 'yes',
      words: 'Safety reps were consulted on the queues at the gatehouse.',
    },
    'audit-review': {
      status: 'answered',
      choice: 'no',
      words: '"It works; no review is planned."',
    },
  },
};

const ukVideoScreening: ExampleSystem = {
  entry: {
    id: 'hirescreen-video-interviews',
    name: 'HireScreen one-way video interviews for peak recruitment',
    vendor: 'Castlegate Recruitment (agency), using the HireScreen platform',
    category: 'hiring',
    purpose: 'Candidates for seasonal operative roles record answers on their phone; the platform scores and ranks them, and the agency invites the top-ranked to the site.',
    affected: 'About 2,500 applicants each autumn, and agency workers who later apply for permanent posts.',
  },
  answers: {
    'data-categories': {
      status: 'partly',
      words: 'Video and audio of the answers, a transcript, the candidate\'s CV details and a "suitability score". Management did not know whether the video itself is analysed.',
    },
    purpose: {
      status: 'answered',
      words: 'Shortlisting for seasonal roles at peak.',
    },
    'special-category-data': {
      status: 'unknown',
      words: 'Management could not say whether the platform infers anything about health or ethnic origin from the video.',
    },
    'legal-basis': {
      status: 'answered',
      choice: 'legitimate-interests',
      words: 'The agency\'s and the company\'s legitimate interests in recruiting at scale.',
    },
    'recognised-legitimate-interest': {
      status: 'unknown',
      words: 'The data protection lead will have to ask the agency which basis it records.',
      note: 'If the agency relies on Annex 1, no solely automated shortlisting on it (Art. 22B(4)).',
    },
    'objection-route': {
      status: 'refused',
      words: '"Candidates can choose not to apply."',
    },
    'worker-notice': {
      status: 'answered',
      choice: 'partly',
      words: 'The platform shows a privacy link before recording; it does not mention scoring.',
    },
    'secondary-uses': {
      status: 'answered',
      choice: 'no',
      words: 'Only for the vacancy applied for.',
    },
    'union-activity-tracking': {
      status: 'answered',
      choice: 'no',
      words: 'No questions about unions are asked.',
    },
    'inactive-functions': {
      status: 'unknown',
      words: 'Nobody knew which HireScreen modules the agency\'s licence includes.',
    },
    'inferences-profiles': {
      status: 'answered',
      choice: 'yes',
      words: 'A suitability score and a ranking per vacancy.',
    },
    'emotion-recognition': {
      status: 'follow-up',
      words: 'The agency will confirm whether "engagement" and "confidence" ratings come from facial or voice analysis.',
      note: 'The HireScreen brochure advertises "tone and expression insights". Ask for the feature list.',
    },
    'automated-decisions': {
      status: 'answered',
      choice: 'solely',
      words: 'Candidates below the score threshold get an automatic rejection email; no one looks at their video.',
    },
    'decision-safeguards': {
      status: 'answered',
      choice: 'none',
      words: 'Rejected candidates receive a standard email with no reasons and no contact.',
      note: 'Art. 22C: information, representations, human intervention and a way to contest are all missing.',
    },
    'human-review': {
      status: 'answered',
      choice: 'no',
      words: 'Rejections are not reviewed.',
    },
    'logic-explanation': {
      status: 'answered',
      choice: 'no',
      words: '"The scoring is HireScreen\'s intellectual property."',
    },
    'bias-testing': {
      status: 'partly',
      choice: 'yes',
      words: 'The vendor says its model was "audited for fairness" in the United States.',
    },
    'bias-test-results': {
      status: 'answered',
      choice: 'no',
      words: 'The audit report will not be shared.',
      note: 'Members whose first language is not English report rejections within minutes. Gather cases.',
    },
    'pay-linked-scores': {
      status: 'answered',
      choice: 'no',
      words: 'Scores play no part in pay.',
    },
    'job-impact': {
      status: 'answered',
      choice: 'no',
      words: 'No change to the jobs of recruiters on site.',
    },
    'storage-location': {
      status: 'unknown',
      words: 'The agency holds the contract with HireScreen; management did not know where the videos are stored.',
    },
    'cross-border-transfers': {
      status: 'unknown',
      words: 'Not known.',
    },
    'internal-access': {
      status: 'answered',
      words: 'Agency recruiters, and the site HR team for shortlisted candidates.',
    },
    'vendor-involved': {
      status: 'answered',
      choice: 'yes',
      words: 'Castlegate runs the process; HireScreen hosts and scores.',
    },
    'vendor-contract': {
      status: 'follow-up',
      words: 'HR will check what the contract with Castlegate says about HireScreen and data protection.',
    },
    'third-party-use': {
      status: 'unknown',
      words: 'Not known whether HireScreen reuses interview data.',
    },
    'breach-notice': {
      status: 'answered',
      words: 'The agency would tell the company, which would decide whether to tell candidates.',
    },
    'retention-period': {
      status: 'answered',
      choice: 'defined',
      words: 'Videos are deleted after 12 months, scores after 24.',
    },
    'worker-access-requests': {
      status: 'partly',
      words: 'Candidates can write to the agency. Nobody knew whether the score is included in the reply.',
    },
    'complaints-procedure': {
      status: 'answered',
      choice: 'no',
      words: 'No procedure for candidates.',
    },
    'correction-deletion': {
      status: 'answered',
      words: 'Candidates can ask the agency to delete their application.',
    },
    'leavers-data': {
      status: 'answered',
      words: 'Unsuccessful candidates\' data follow the retention periods above.',
    },
    'training-reuse': {
      status: 'refused',
      words: '"That is between the agency and its supplier."',
    },
    'impact-assessment': {
      status: 'unknown',
      words: 'Management did not know whether the agency or HireScreen has done a DPIA.',
    },
    'union-recognised': {
      status: 'answered',
      choice: 'not-recognised',
      words: 'Applicants and agency workers are outside the bargaining unit.',
      note: 'No s.181 duty for this system: the disclosure we want has to be written into the agreement.',
    },
    'union-information': {
      status: 'answered',
      choice: 'no',
      words: 'The union learned of the system from a member\'s daughter who applied.',
    },
    consultation: {
      status: 'answered',
      choice: 'no',
      words: '"Recruitment is not a matter for the union."',
    },
    'ice-arrangements': {
      status: 'answered',
      choice: 'none',
      words: 'None.',
    },
    'safety-reps-consulted': {
      status: 'not-applicable',
      words: 'A recruitment tool with no health and safety effect on current staff.',
    },
    'audit-review': {
      status: 'answered',
      choice: 'no',
      words: 'No review planned.',
    },
  },
};

const example: Example = {
  key: 'uk',
  id: 'example-uk',
  meta: {
    union: "Distribution and Allied Workers' Union",
    employer: 'Harrowgate Fulfilment Ltd',
    workplace: 'Daventry distribution centre, Northamptonshire',
    date: '2026-11-24',
    round: 'Second meeting',
    present:
      'Union: Karen Whitlock (regional organiser), Imran Hussain and Dave Okafor (workplace reps), Sian Pryce (safety rep). Management: Graham Lister (site general manager), Nadia Ferreira (HR business partner), Tom Aldous (data protection lead).',
  },
  systems: [ukPickRate, ukFaceClock, ukVideoScreening],
};

export default example;
