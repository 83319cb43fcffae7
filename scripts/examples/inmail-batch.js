// Personalized InMails
// One InMail per prospect of a list, checked, with a credit plan and a send calendar.
//   parley run inmail-batch.js --workspace DIR [PROSPECTS.csv]

const list = parley.args[0] || 'marketing-leaders.prospects.csv';
const subject = '%FIRSTNAME%, your take on paid social at %COMPANYNAME%?';
const body = 'Hi %FIRSTNAME%,\n\nI saw %COMPANYNAME% is growing its %INDUSTRY% team. We help teams like yours '
  + 'measure pipeline from paid social. Open to a 15-minute chat next week?\n\nDana';

const rows = [];
const lines = ['recipient,subject,body,scheduled'];
for (const prospect of parley.prospects(list)) {
  const inMail = { schema: 'parley.template/1', name: 'InMail', format: 'INMAIL', sender: 'Dana Whitfield',
    subject: parley.render(subject, prospect.fields), body: parley.render(body, prospect.fields) };
  const errors = parley.validate(inMail).filter((d) => d.severity === 'ERROR');
  if (errors.length > 0) {
    console.warn(`row ${prospect.row} skipped: ${errors[0].message}`);
    continue;
  }
  rows.push({ row: prospect.row, name: `${prospect.fields.firstName} ${prospect.fields.lastName}`, inMail });
}

const plan = parley.creditPlan({ plan: 'SALES_NAVIGATOR_CORE', planned: [rows.length, 0, 0], responseRate: 0.2 });
plan.forEach((m) => console.warn(`month ${m.month}: ${m.available} credits, ${m.sent} sent, ${m.refused} refused`));
const credits = plan.map((m) => m.available);
const sends = parley.calendar({ prospects: rows.map((r) => r.row), start: '2026-12-01', monthlyCredits: credits });
const byRow = new Map(sends.map((s) => [s.prospect, s.at]));
const quote = (text) => `"${text.replace(/"/g, '""')}"`;
for (const r of rows) {
  lines.push([r.name, r.inMail.subject, r.inMail.body, byRow.get(r.row) || 'waiting for credits'].map(quote).join(','));
}
parley.writeText('inmail-batch.csv', lines.join('\n') + '\n');
console.log(`inmail-batch.csv: ${rows.length} InMails`);
console.warn(`${rows.length} InMails, ${sends.length} scheduled`);
