import { strict as assert } from 'node:assert';
import { LspClient } from '../support/lsp-client';
import { repoRoot } from '../support/paths';
import { describe as list, errors, finding, only, rangeOf } from './template-diagnostics';

const FUNCTION = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {}
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Handler: index.handler
      Runtime: nodejs22.x
      Role: !GetAtt Role.Arn
      Code:
        ZipFile: exports.handler = async () => 1;
`;

describe('lsp: CloudFormation resource and property checks', () => {
  let client: LspClient;
  let n = 0;
  before(async () => (client = await LspClient.start(repoRoot)));
  after(async () => client.stop());
  const open = (text: string) => client.open(`file:///virtual/properties-${++n}/template.yaml`, text);

  it('publishes no errors for a correct function', async () => {
    assert.deepEqual(errors(await open(FUNCTION)), [], list(await open(FUNCTION)));
  });

  it('reports an unknown resource type on its value, with the closest types', async () => {
    const text = FUNCTION.replace('AWS::IAM::Role', 'AWS::IAM::Rol');
    const d = finding(await open(text), 'E3006', rangeOf(text, 'AWS::IAM::Rol'), "Unknown resource type: AWS::IAM::Rol. Did you mean 'AWS::IAM::Role'?");
    assert.deepEqual(d.data, { replacements: ['AWS::IAM::Role'] });
  });

  it('reports a misspelt property on its key, with a did-you-mean', async () => {
    const text = FUNCTION.replace('      Handler:', '      Handlr:');
    const d = finding(await open(text), 'E3002', rangeOf(text, 'Handlr'), "AWS::Lambda::Function Fn has no property 'Handlr'. Did you mean 'Handler'?");
    assert.deepEqual(d.data, { replacements: ['Handler'] });
  });

  it('reports missing required properties on the Properties key, listing them for the quick fix', async () => {
    const text = FUNCTION.replace('      Role: !GetAtt Role.Arn\n', '');
    const d = finding(await open(text), 'E3003', rangeOf(text, 'Properties', 2), 'AWS::Lambda::Function Fn is missing required property: Role. Add it.');
    assert.deepEqual(d.data, { missingProperties: ['Role'] });
  });

  it('reports a wrongly typed value, nested properties included', async () => {
    const text = FUNCTION.replace('      Code:\n', '      Timeout: soon\n      Code:\n        S3Key: [a]\n');
    const diagnostics = await open(text);
    const typed = diagnostics.filter((d) => d.code === 'E3012');
    assert.equal(typed.length, 2, list(diagnostics));
    assert.deepEqual(typed[0].range, rangeOf(text, 'soon'));
    assert.equal(typed[0].message, "Timeout must be an Integer, not the string 'soon'.");
    assert.deepEqual(typed[1].range, rangeOf(text, '[a]'));
    assert.equal(typed[1].message, 'S3Key must be a String, not a list.');
  });

  it('checks both values of an Fn::If, and leaves AWS::NoValue alone', async () => {
    const conditional = FUNCTION.replace('Resources:', 'Conditions:\n  IsProd: !Equals [a, b]\nResources:').replace(
      '      Code:',
      "      Timeout: !If [IsProd, 30, soon]\n      TracingConfig: !If [IsProd, { Mod: Active }, !Ref 'AWS::NoValue']\n      Code:",
    );
    const diagnostics = await open(conditional);
    finding(diagnostics, 'E3012', rangeOf(conditional, 'soon'), "Timeout must be an Integer, not the string 'soon'.");
    finding(diagnostics, 'E3002', rangeOf(conditional, 'Mod'), "TracingConfig (TracingConfig) has no property 'Mod'. Did you mean 'Mode'?");
    assert.equal(errors(diagnostics).length, 2, list(diagnostics));
  });

  it('reports values outside an enum, with the closest allowed values', async () => {
    const text = FUNCTION.replace('      Code:', '      PackageType: zip\n      Code:');
    const d = finding(await open(text), 'E3030', rangeOf(text, 'zip'), "PackageType must be one of: Image, Zip. Got: zip. Did you mean 'Zip'?");
    assert.deepEqual(d.data, { replacements: ['Zip'] });
  });

  it('reports MemorySize and Timeout outside their ranges, offering the nearest valid value', async () => {
    const text = FUNCTION.replace('      Code:', '      MemorySize: 64\n      Timeout: 901\n      Code:');
    const ranges = (await open(text)).filter((d) => d.code === 'E3034');
    assert.deepEqual(
      ranges.map((d) => [d.range, d.message, d.data]),
      [
        [rangeOf(text, '64'), 'MemorySize must be between 128 and 10240. Got: 64', { replacements: ['128'] }],
        [rangeOf(text, '901'), 'Timeout must be between 1 and 900. Got: 901', { replacements: ['900'] }],
      ],
    );
  });

  it('reports a value that does not match its pattern', async () => {
    const text = FUNCTION.replace('      Code:', "      FunctionName: 'my function'\n      Code:");
    finding(await open(text), 'E3031', rangeOf(text, "'my function'"), 'FunctionName must match the pattern ^[a-zA-Z0-9-_]{1,64}$. Got: my function');
  });

  it('reports an unknown top-level section and an unknown resource attribute', async () => {
    const text = `Resource:\n  X: 1\nResources:\n  Topic:\n    Type: AWS::SNS::Topic\n    DependOn: Other\n`;
    const diagnostics = await open(text);
    assert.equal(only(diagnostics, 'E1001').message, "Unknown top-level section: Resource. Did you mean 'Resources'?");
    finding(diagnostics, 'E3001', rangeOf(text, 'DependOn'), "Resource Topic has no attribute 'DependOn'. Did you mean 'DependsOn'?");
  });

  it('reports a format version other than 2010-09-09, a section that is not a mapping, and a condition that is not one', async () => {
    const text = `AWSTemplateFormatVersion: '2010-09-10'\nConditions:\n  IsProd: prod\n  Always: true\nOutputs:\n  - Name\nResources:\n  Topic:\n    Type: AWS::SNS::Topic\n`;
    const diagnostics = await open(text);
    const [version, outputs] = diagnostics.filter((d) => d.code === 'E1001');
    assert.deepEqual(version.range, rangeOf(text, "'2010-09-10'"));
    assert.equal(version.message, "AWSTemplateFormatVersion can only be '2010-09-09' (the one version there is).");
    assert.deepEqual(version.data, { replacements: ["'2010-09-09'"] });
    assert.deepEqual(outputs.range, rangeOf(text, 'Outputs'));
    assert.equal(outputs.message, "Outputs must be a mapping of named entries, not a list: write one 'Name:' per line under it.");
    finding(diagnostics, 'E8001', rangeOf(text, 'IsProd'), "Condition IsProd must be a condition function (Fn::Equals, Fn::And, …) or true/false, not the string 'prod'.");
    assert.equal(errors(diagnostics).length, 3, list(diagnostics));
  });

  it('reports a custom resource without its ServiceToken, and checks nothing else of its properties', async () => {
    const text = `Resources:\n  Seed:\n    Type: Custom::Seed\n    Properties:\n      Table: users\n  Other:\n    Type: AWS::CloudFormation::CustomResource\n    Properties:\n      ServiceToken: arn:aws:lambda:us-east-1:123456789012:function:seed\n      Anything: [1, 2]\n`;
    const diagnostics = await open(text);
    const d = finding(diagnostics, 'E3003', rangeOf(text, 'Properties'), 'Custom resource Seed is missing required property: ServiceToken (the ARN of the Lambda function or SNS topic that provides it). Add it.');
    assert.deepEqual(d.data, { missingProperties: ['ServiceToken'] });
    assert.equal(errors(diagnostics).length, 1, list(diagnostics));
  });
});

