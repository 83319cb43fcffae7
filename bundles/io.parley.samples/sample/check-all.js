// Check all documents
// Validates every campaign document of this workspace and prints a summary.

const kinds = ['.campaign.json', '.audience.json', '.template.json', '.flow.json', '.budget.json', '.prospects.csv'];
const files = kinds.flatMap((kind) => parley.list(kind));
let errors = 0;
let warnings = 0;
files.forEach((file, i) => {
  for (const d of parley.validateFile(file)) {
    if (d.severity === 'ERROR') errors++; else warnings++;
    console.log(`${file}: ${d.severity.toLowerCase()}: ${d.message} [${d.ruleId}]`);
  }
  parley.progress(i + 1, files.length);
});
console.log(`${files.length} documents checked: ${errors} errors, ${warnings} warnings`);
