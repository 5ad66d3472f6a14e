// Documentation of CloudFormation's intrinsic functions, for hover and completion.
const GUIDE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference';

export interface IntrinsicDoc {
  /** Long form: `Ref`, `Fn::GetAtt`, … */
  name: string;
  /** The short YAML form, e.g. `!GetAtt logicalNameOfResource.attributeName`. */
  short: string;
  summary: string;
  page: string;
}

const CONDITIONS = `${GUIDE}/intrinsic-function-reference-conditions.html`;

export const INTRINSICS: readonly IntrinsicDoc[] = [
  { name: 'Ref', short: '!Ref logicalName', summary: 'The value of a parameter, or the physical ID (usually the name or ARN) of a resource.', page: 'ref' },
  { name: 'Fn::GetAtt', short: '!GetAtt logicalNameOfResource.attributeName', summary: 'The value of an attribute of a resource in the template.', page: 'getatt' },
  { name: 'Fn::Sub', short: '!Sub string  |  !Sub [string, { Var: value }]', summary: 'Substitutes `${Name}` variables (parameters, resources, `Resource.Attribute`, pseudo parameters) in a string.', page: 'sub' },
  { name: 'Fn::Join', short: '!Join [delimiter, [values]]', summary: 'Joins a list of values with a delimiter.', page: 'join' },
  { name: 'Fn::Select', short: '!Select [index, list]', summary: 'The item at an index of a list.', page: 'select' },
  { name: 'Fn::Split', short: '!Split [delimiter, string]', summary: 'Splits a string into a list of strings.', page: 'split' },
  { name: 'Fn::FindInMap', short: '!FindInMap [MapName, TopLevelKey, SecondLevelKey]', summary: 'A value from a two-level map declared in Mappings.', page: 'findinmap' },
  { name: 'Fn::Base64', short: '!Base64 string', summary: 'The Base64 encoding of a string (for EC2 UserData).', page: 'base64' },
  { name: 'Fn::Cidr', short: '!Cidr [ipBlock, count, cidrBits]', summary: 'A list of CIDR address blocks.', page: 'cidr' },
  { name: 'Fn::ImportValue', short: '!ImportValue exportName', summary: 'The value of an output exported by another stack.', page: 'importvalue' },
  { name: 'Fn::GetAZs', short: '!GetAZs region', summary: 'The Availability Zones of a region (the current one for an empty string).', page: 'getavailabilityzones' },
  { name: 'Fn::If', short: '!If [condition, valueIfTrue, valueIfFalse]', summary: 'One of two values, depending on a condition declared in Conditions.', page: 'conditions' },
  { name: 'Fn::Equals', short: '!Equals [value1, value2]', summary: 'True when both values are equal.', page: 'conditions' },
  { name: 'Fn::And', short: '!And [condition, …]', summary: 'True when all conditions (2 to 10) are true.', page: 'conditions' },
  { name: 'Fn::Or', short: '!Or [condition, …]', summary: 'True when any condition (2 to 10) is true.', page: 'conditions' },
  { name: 'Fn::Not', short: '!Not [condition]', summary: 'The negation of a condition.', page: 'conditions' },
  { name: 'Condition', short: '!Condition conditionName', summary: 'The value of a condition declared in Conditions.', page: 'conditions' },
  { name: 'Fn::Transform', short: '!Transform { Name: macro, Parameters: {…} }', summary: 'Processes part of the template with a macro.', page: 'transform' },
  { name: 'Fn::ToJsonString', short: '!ToJsonString object', summary: 'An object or list as a JSON string (needs the AWS::LanguageExtensions transform).', page: 'ToJsonString' },
  { name: 'Fn::Length', short: '!Length list', summary: 'The number of items in a list (needs the AWS::LanguageExtensions transform).', page: 'length' },
  { name: 'Fn::ForEach', short: "'Fn::ForEach::Name': [Identifier, Collection, {OutputKey: OutputValue}]", summary: 'Repeats a template fragment for each item of a collection (needs the AWS::LanguageExtensions transform).', page: 'foreach' },
];

/** The intrinsic named by `Ref`, `Fn::Sub`, `!Sub` or `Sub`. */
export function findIntrinsic(token: string): IntrinsicDoc | undefined {
  const bare = token.replace(/^!/, '').replace(/^Fn::/, '');
  return INTRINSICS.find((i) => i.name.replace(/^Fn::/, '') === bare || (bare.startsWith('ForEach::') && i.name === 'Fn::ForEach'));
}

export function intrinsicMarkdown(doc: IntrinsicDoc): string {
  const url = doc.page === 'conditions' ? CONDITIONS : `${GUIDE}/intrinsic-function-reference-${doc.page}.html`;
  return `**${doc.name}** — \`${doc.short}\`\n\n${doc.summary}\n\n[AWS documentation](${url})`;
}
