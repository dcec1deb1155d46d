// The element's public surface is its documented API: the README's tables, the public members of the built
// `.d.ts`, and custom-elements.json must name the same things. Fails on any member in one but not the others.
import { readFileSync } from 'node:fs';

const readme = readFileSync('README.md', 'utf8');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const declaration = readFileSync('dist/components/map-timeline.d.ts', 'utf8');

/** The backticked names that open the rows of a README table under a heading. */
function documented(heading, everyName = false) {
  const section = readme.split(/^## /m).find((part) => part.startsWith(heading));
  if (!section) throw new Error(`README has no "## ${heading}" section`);
  const names = new Set();
  for (const row of section.split('\n').filter((line) => line.startsWith('| `'))) {
    // "`plan-id` / `planId`", "`undo(): boolean` / `redo(): boolean`", "`saved` (getter, a `Promise<void>`)".
    const cell = row.split('|')[1];
    if (everyName) for (const [, name] of cell.matchAll(/`([A-Za-z][\w-]*)`/g)) names.add(name);
    else
      for (const part of cell.split(' / ')) {
        const name = /`([A-Za-z][\w-]*)/.exec(part)?.[1];
        if (name) names.add(name);
      }
  }
  return names;
}

const camel = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
const readmeMembers = new Set([...documented('Attributes and properties'), ...documented('Methods')].map(camel));
const readmeEvents = documented('Events');
const readmeParts = documented('Styling', true);

const element = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .find((entry) => entry.tagName === 'map-timeline');
const manifestMembers = new Set(element.members.map((member) => member.name));
const manifestAttributes = new Set((element.attributes ?? []).map((attribute) => attribute.name));
const manifestEvents = new Set((element.events ?? []).map((event) => event.name));
const manifestParts = new Set((element.cssParts ?? []).map((part) => part.name));

// Public members of the class in the .d.ts: lines at class-member indentation with no private/protected/static/#.
const body = declaration.slice(declaration.indexOf('export declare class MapTimeline'));
const typedMembers = new Set();
for (const [, name] of body.matchAll(/^ {4}(?:readonly |get |set )*([A-Za-z_$][\w$]*)\??[(:<]/gm))
  typedMembers.add(name);
typedMembers.delete('constructor');

const problems = [];
const compare = (what, left, leftName, right, rightName) => {
  for (const name of left)
    if (!right.has(name)) problems.push(`${what} "${name}" is in ${leftName} but not in ${rightName}`);
};
compare('member', readmeMembers, 'the README', manifestMembers, 'custom-elements.json');
compare('member', manifestMembers, 'custom-elements.json', readmeMembers, 'the README');
compare('member', typedMembers, 'the .d.ts', readmeMembers, 'the README');
compare('member', readmeMembers, 'the README', typedMembers, 'the .d.ts');
compare('event', readmeEvents, 'the README', manifestEvents, 'custom-elements.json');
compare('event', manifestEvents, 'custom-elements.json', readmeEvents, 'the README');
compare('part', manifestParts, 'custom-elements.json', readmeParts, 'the README');
compare('part', readmeParts, 'the README', manifestParts, 'custom-elements.json');
for (const attribute of ['plan-id', 'src', 'readonly', 'today', 'zoom', 'audience', 'view', 'theme']) {
  if (!manifestAttributes.has(attribute))
    problems.push(`attribute "${attribute}" is missing from custom-elements.json`);
}
const definition = manifest.modules
  .flatMap((module) => module.exports ?? [])
  .find((entry) => entry.kind === 'custom-element-definition' && entry.name === 'map-timeline');
if (definition?.declaration?.name !== 'MapTimeline')
  problems.push('custom-elements.json does not say which module defines <map-timeline> as MapTimeline');

if (problems.length > 0) {
  console.error(`The public API and its documentation disagree:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `Public API checked: ${readmeMembers.size} members, ${readmeEvents.size} events, ${manifestParts.size} parts agree in the README, the .d.ts and custom-elements.json.`,
);
