// Personalized InMails
// One InMail per prospect of a list, checked, with a credit plan and a send calendar.
//   ./parley run scripts/examples/inmail-batch.js [--workspace DIR] [PROSPECTS.csv]

const list = parley.args[0] || 'marketing-leaders.prospects.csv';
const inMail = {
  schema: 'parley.template/1', name: 'InMail', format: 'INMAIL', sender: 'Dana Whitfield',
  subject: '%FIRSTNAME%, your take on paid social at %COMPANYNAME%?',
  body: 'Hi %FIRSTNAME%,\n\nI saw %COMPANYNAME% is growing its %INDUSTRY% team. We help teams like yours '
    + 'measure pipeline from paid social. Open to a 15-minute chat next week?\n\nDana',
};

// Each prospect's InMail, rendered and checked by Parley as the loop asks for it.
const rows = [];
for (const message of parley.personalize(inMail, list)) {
  const error = message.problems.find((d) => d.severity === 'ERROR');
  if (error) {
    console.warn(`row ${message.row} skipped: ${error.message}`);
    continue;
  }
  const { firstName, lastName } = message.prospect;
  rows.push({ row: message.row, recipient: `${firstName} ${lastName}`, subject: message.subject, body: message.body });
}

const plan = parley.creditPlan({ plan: 'SALES_NAVIGATOR_CORE', planned: [rows.length, 0, 0], responseRate: 0.2 });
plan.forEach((m) => console.warn(`month ${m.month}: ${m.available} credits, ${m.sent} sent, ${m.refused} refused`));
const credits = plan.map((m) => m.available);
const sends = parley.calendar({ prospects: rows.map((r) => r.row), start: '2026-12-01', monthlyCredits: credits });
const byRow = new Map(sends.map((s) => [s.prospect, s.at]));
rows.forEach((r) => { r.scheduled = byRow.get(r.row) || 'waiting for credits'; });
parley.writeCsv('inmail-batch.csv', rows, ['recipient', 'subject', 'body', 'scheduled']);
console.log(`inmail-batch.csv: ${rows.length} InMails`);
console.warn(`${rows.length} InMails, ${sends.length} scheduled`);
