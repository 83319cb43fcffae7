// Batch benchmark
// Renders, checks and writes one personalized InMail per prospect of batch.prospects.csv.

const subject = '%FIRSTNAME%, a question about %COMPANYNAME%';
const body = 'Hi %FIRSTNAME%,\n\nTeams at %COMPANYNAME% tell us reporting eats their week. We cut it by 40% for Contoso. Open to a chat?';
const lines = [];
let tooLong = 0;
let n = 0;
for (const p of parley.prospects('batch.prospects.csv')) {
  const s = parley.render(subject, p.fields);
  const b = parley.render(body, p.fields);
  if ([...s].length > 200 || [...b].length > 1900) tooLong++;
  lines.push(`${p.row},"${s}"`);
  if (++n % 10000 === 0) parley.progress(n, 100000);
}
parley.writeText('batch-out.csv', lines.join('\n'));
console.log(`${n} messages, ${tooLong} too long`);
