// Batch benchmark
// Renders one personalized InMail per prospect of batch.prospects.csv, checks it against the
// rules (parley.validate: the model's InMail rules) and writes the send list.

const subject = '%FIRSTNAME%, a question about %COMPANYNAME%';
const body = 'Hi %FIRSTNAME%,\n\nTeams at %COMPANYNAME% tell us reporting eats their week. We cut it by 40% for Contoso. Open to a chat?';
const lines = [];
let withErrors = 0;
let n = 0;
for (const p of parley.prospects('batch.prospects.csv')) {
  const s = parley.render(subject, p.fields);
  const b = parley.render(body, p.fields);
  const problems = parley.validate({ name: 'Batch', format: 'INMAIL', sender: 'Dana Whitfield', subject: s, body: b }, 'INMAIL');
  if (problems.some(d => d.severity === 'ERROR')) withErrors++;
  lines.push(`${p.row},"${s}"`);
  if (++n % 10000 === 0) parley.progress(n, 100000);
}
parley.writeText('batch-out.csv', lines.join('\n'));
console.log(`${n} messages, ${withErrors} with errors`);
