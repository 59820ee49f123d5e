#!/usr/bin/env node
// Validates content files against the JSON Schemas in content/schemas/, as an editor with the YAML extension does.
//
//   node tools/check-schemas.mjs [--schema <schema.json>] <file> ...
//   ... | node tools/check-schemas.mjs -        (the same arguments read from standard input, one per line)
//
// Each file names its schema in a modeline, '# yaml-language-server: $schema=<path relative to the file>'; in a
// Markdown file it is inside the front matter. '--schema <path>' before a file validates that one file against the
// given schema instead (for files that carry no modeline). For .md files only the front matter is validated.
// The YAML is read as the YAML 1.2 core schema, as yaml-language-server reads it.
//
// Prints one JSON line per file: {"file", "schema", "valid", "errors"}; "schema" is null when the file names none.
// A YAML syntax error, a front matter that never closes and a missing schema count as invalid.
// Exit code: 0 when every file is valid, 1 when one is not, 2 when the arguments are wrong.
// The generator remains the final judge: `check` also sees what no schema can (links, duplicates, encodings).

import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

let Ajv, addFormats, YAML;
try {
  ({ default: Ajv } = await import("ajv"));
  ({ default: addFormats } = await import("ajv-formats"));
  YAML = await import("yaml");
} catch {
  process.stderr.write(`ajv, ajv-formats or yaml is missing from ${path.join(repository, "node_modules")}: run 'npm ci' in the repository.\n`);
  process.exit(2);
}

const MODELINE = /^[ \t]*#[ \t]*yaml-language-server[ \t]*:.*\$schema=(\S+)/;

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv, ["date"]);
const validators = new Map();

/** The compiled schema at an absolute path, or an error message. */
function validatorFor(schemaPath) {
  if (!validators.has(schemaPath)) {
    let result;
    try {
      result = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
    } catch (error) {
      result = `the schema ${path.relative(process.cwd(), schemaPath)} cannot be used: ${error.code === "ENOENT" ? "it does not exist" : error.message}`;
    }
    validators.set(schemaPath, result);
  }
  return validators.get(schemaPath);
}

/**
 * The YAML to validate and the file line it starts on: the whole file, or for Markdown the lines between the
 * opening '---' and the closing '---' (the generator's rule). `problem` is set when a Markdown file has none.
 */
function yamlPart(file, text) {
  if (!file.endsWith(".md")) return { yaml: text, firstLine: 1 };
  if (!text.startsWith("---\n")) return { yaml: "", firstLine: 1, problem: "the file does not start with front matter (a line '---')" };
  const closing = text.indexOf("\n---\n", 3);
  const end = closing >= 0 ? closing : text.endsWith("\n---") ? text.length - 4 : -1;
  if (end < 0) return { yaml: text.slice(4), firstLine: 2, problem: "the front matter that starts on line 1 never closes (no line '---' after it)" };
  return { yaml: text.slice(4, end + 1), firstLine: 2 };
}

/** The modeline's schema reference in the first comment lines, or null. */
function modeline(yaml) {
  for (const line of yaml.split("\n")) {
    const match = MODELINE.exec(line);
    if (match) return match[1];
    if (line.trim() !== "" && !line.trimStart().startsWith("#")) break;
  }
  return null;
}

/** "line:col" of the YAML node at a JSON pointer, in file lines; for an unknown field, of that field's key. */
function where(document, lineCounter, firstLine, error) {
  const keys = error.instancePath.split("/").slice(1).map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~"));
  let node = keys.length === 0 ? document.contents : document.getIn(keys.map((k) => (/^\d+$/.test(k) ? Number(k) : k)), true);
  if (error.keyword === "additionalProperties" && YAML.isMap(node)) {
    const pair = node.items.find((p) => YAML.isScalar(p.key) && String(p.key.value) === error.params.additionalProperty);
    if (pair) node = pair.key;
  }
  if (!node?.range) return `${firstLine}:1`;
  const { line, col } = lineCounter.linePos(node.range[0]);
  return `${line + firstLine - 1}:${col}`;
}

function message(error) {
  const at = error.instancePath === "" ? "the file" : error.instancePath;
  switch (error.keyword) {
    case "additionalProperties": return `${at}: unknown field '${error.params.additionalProperty}'`;
    case "required": return `${at}: the required field '${error.params.missingProperty}' is missing`;
    case "enum": return `${at}: ${error.message}: ${error.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    default: return `${at}: ${error.message}`;
  }
}

/**
 * Optional fields are "anyOf: [the value, empty]": when a value is wrong, ajv also reports that it is not empty and
 * that no branch matched. Those two say nothing new when the value's own error is there.
 */
function relevant(errors) {
  const own = errors.filter((e) => !(e.keyword === "anyOf" || (e.keyword === "type" && e.params.type === "null" && /\/anyOf\/\d+\/type$/.test(e.schemaPath))));
  return own.length > 0 ? own : errors;
}

function check(file, schemaArgument) {
  const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const part = yamlPart(file, text);
  const named = modeline(part.yaml);
  const schema = schemaArgument ?? named;
  if (schema === null) {
    return { schema: null, errors: ["1:1: no '# yaml-language-server: $schema=...' line names the schema (or pass --schema)"] };
  }
  const schemaPath = schemaArgument !== undefined ? path.resolve(schemaArgument) : path.resolve(path.dirname(file), named);
  const validate = validatorFor(schemaPath);
  if (typeof validate === "string") return { schema, errors: [`1:1: ${validate}`] };
  if (part.problem) return { schema, errors: [`1:1: ${part.problem}`] };

  const lineCounter = new YAML.LineCounter();
  const document = YAML.parseDocument(part.yaml, { version: "1.2", schema: "core", lineCounter, prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    return {
      schema,
      errors: document.errors.map((e) => {
        const at = e.linePos?.[0] ? `${e.linePos[0].line + part.firstLine - 1}:${e.linePos[0].col}` : `${part.firstLine}:1`;
        return `${at}: YAML syntax (${e.code}): ${e.message.split("\n")[0]}`;
      }),
    };
  }
  const data = document.toJS({ maxAliasCount: 100 });
  if (validate(data)) return { schema, errors: [] };
  return { schema, errors: relevant(validate.errors).map((e) => `${where(document, lineCounter, part.firstLine, e)}: ${message(e)}`) };
}

function parseArguments(tokens) {
  const jobs = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === "--schema") {
      const schema = tokens[++i];
      const file = tokens[++i];
      if (schema === undefined || file === undefined || file === "--schema") throw new Error("--schema needs a schema path and then a file");
      jobs.push({ file, schema });
    } else {
      jobs.push({ file: tokens[i], schema: undefined });
    }
  }
  return jobs;
}

let tokens = process.argv.slice(2);
if (tokens.length === 1 && tokens[0] === "-") tokens = readFileSync(0, "utf8").split("\n").map((l) => l.replace(/\r$/, "")).filter((l) => l !== "");
let jobs;
try {
  jobs = parseArguments(tokens);
} catch (error) {
  process.stderr.write(`${error.message}\nUsage: node tools/check-schemas.mjs [--schema <schema.json>] <file> ... (or '-' to read them from standard input, one per line)\n`);
  process.exit(2);
}
if (jobs.length === 0) {
  process.stderr.write("Usage: node tools/check-schemas.mjs [--schema <schema.json>] <file> ... (or '-' to read them from standard input, one per line)\n");
  process.exit(2);
}

let allValid = true;
for (const { file, schema } of jobs) {
  let result;
  try {
    result = check(file, schema);
  } catch (error) {
    result = { schema: schema ?? null, errors: [`1:1: ${error.code === "ENOENT" ? "the file does not exist" : error.message}`] };
  }
  const valid = result.errors.length === 0;
  allValid &&= valid;
  process.stdout.write(JSON.stringify({ file, schema: result.schema, valid, errors: result.errors }) + "\n");
}
process.exit(allValid ? 0 : 1);
