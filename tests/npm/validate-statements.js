// Checks xAPI statements with Learning Locker's validator (xapi-validation).
// Usage: node validate-statements.js <statements.json>   (a JSON array of statements)
// Prints {"checked": n, "invalid": [{"index", "id", "problems": [...]}]} and exits 0.
'use strict';
const fs = require('fs');
const validate = require('xapi-validation').default;

const statements = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const invalid = [];
statements.forEach((statement, index) => {
  const problems = validate(statement);
  if (problems.length > 0) {
    invalid.push({
      index,
      id: statement.id,
      problems: problems.map((p) => `${(p.path || []).join('.')}: ${p.toString ? p.toString() : JSON.stringify(p)}`),
    });
  }
});
process.stdout.write(JSON.stringify({ checked: statements.length, invalid }) + '\n');
