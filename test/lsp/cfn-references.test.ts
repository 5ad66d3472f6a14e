import { strict as assert } from 'node:assert';
import { LspClient } from '../support/lsp-client';
import { repoRoot } from '../support/paths';
import { describe as list, errors, finding, rangeOf, rangeOfPrefix } from './template-diagnostics';

const TEMPLATE = `Parameters:
  Stage:
    Type: String
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
Mappings:
  Sizes:
    prod:
      Memory: 1024
Resources:
  Queue:
    Type: AWS::SQS::Queue
  Topic:
    Type: AWS::SNS::Topic
    Condition: IsProd
    DependsOn: Queue
    Properties:
      TopicName: !Sub '\${Stage}-\${Queue.QueueName}'
      DisplayName: !FindInMap [Sizes, prod, Memory]
Outputs:
  QueueArn:
    Value: !GetAtt Queue.Arn
  Name:
    Value: !If [IsProd, !Ref Queue, !Ref 'AWS::NoValue']
`;

describe('lsp: references between parts of a template', () => {
  let client: LspClient;
  let n = 0;
  before(async () => (client = await LspClient.start(repoRoot)));
  after(async () => client.stop());
  const open = (text: string) => client.open(`file:///virtual/references-${++n}/template.yaml`, text);

  it('accepts references to parameters, resources, attributes, conditions, mappings and pseudo parameters', async () => {
    const diagnostics = await open(TEMPLATE);
    assert.deepEqual(errors(diagnostics), [], list(diagnostics));
  });

  it('reports a dangling Ref at the name, suggesting the closest', async () => {
    const text = TEMPLATE.replace('!Ref Queue,', '!Ref Queu,');
    const d = finding(await open(text), 'E1020', rangeOfPrefix(text, 'Queu,', 4), "Ref to a parameter or resource that does not exist: Queu. Declare it, or refer to an existing one. Did you mean 'Queue'?");
    assert.deepEqual(d.data, { replacements: ['Queue'] });
  });

  it('reports a GetAtt attribute the resource type does not have, listing those it has', async () => {
    const text = TEMPLATE.replace('Queue.Arn', 'Queue.Url');
    finding(await open(text), 'E1010', rangeOf(text, 'Queue.Url'), /^GetAtt attribute Url does not exist on Queue \(AWS::SQS::Queue has: .*Arn.*\)\.$/);
  });

  it('reports an Fn::Sub variable that names nothing, at the variable', async () => {
    const text = TEMPLATE.replace('${Stage}-', '${Stag}-');
    finding(await open(text), 'E1019', rangeOfPrefix(text, 'Stag}', 4), "Fn::Sub variable ${Stag} names no parameter, resource or pseudo parameter. Did you mean 'Stage'?");
  });

  it('reports DependsOn, Condition and FindInMap targets that do not exist', async () => {
    const text = TEMPLATE.replace('DependsOn: Queue', 'DependsOn: Queues').replace('Condition: IsProd', 'Condition: IsProduction').replace('[Sizes, prod', '[Size, prod');
    const diagnostics = await open(text);
    finding(diagnostics, 'E3005', rangeOf(text, 'Queues'), "DependsOn names a resource that does not exist: Queues. Did you mean 'Queue'?");
    finding(diagnostics, 'E8002', rangeOf(text, 'IsProduction'), "Condition IsProduction is not declared in Conditions. Did you mean 'IsProd'?");
    finding(diagnostics, 'E1011', rangeOfPrefix(text, 'Size,', 4), "Fn::FindInMap names a mapping that does not exist: Size. Did you mean 'Sizes'?");
  });
});

describe('lsp: intrinsic function arity and placement', () => {
  let client: LspClient;
  let n = 0;
  before(async () => (client = await LspClient.start(repoRoot)));
  after(async () => client.stop());
  const open = (text: string) => client.open(`file:///virtual/intrinsics-${++n}/template.yaml`, text);

  it('reports a function given the wrong number of arguments, showing the usage', async () => {
    const text = TEMPLATE.replace('!If [IsProd, !Ref Queue, !Ref', '!If [IsProd, !Ref');
    finding(await open(text), 'E1028', rangeOf(text, "[IsProd, !Ref 'AWS::NoValue']"), 'Fn::If takes Fn::If: [ConditionName, valueIfTrue, valueIfFalse]; got a list of 2.');
  });

  it('reports an argument of the wrong kind: a text where a list is needed, a list where a text is, a function where a literal is', async () => {
    const text = TEMPLATE.replace('DisplayName: !FindInMap [Sizes, prod, Memory]', 'DisplayName: !Join [!Ref Stage, !Ref Queue]').replace(
      'Outputs:\n',
      "Outputs:\n  Zone:\n    Value: !Select [first, !Split [',', !GetAZs '']]\n",
    );
    const diagnostics = await open(text);
    const join = diagnostics.filter((d) => d.code === 'E1022');
    assert.deepEqual(
      join.map((d) => [d.range, d.message]),
      [
        [rangeOfPrefix(text, 'Stage, !Ref Queue', 5), "Fn::Join's delimiter must be a literal text (no function, list or mapping); got Ref Stage."],
        [rangeOfPrefix(text, 'Queue]', 5), "Fn::Join's second argument (the values) must be a list (or a function returning one, like Fn::Split or a list parameter); got Ref Queue."],
      ],
      list(diagnostics),
    );
    finding(diagnostics, 'E1017', rangeOf(text, 'first'), "Fn::Select's index must be a whole number (0 for the first item); got a single value.");
    finding(diagnostics, 'E1018', rangeOf(text, "''"), "Fn::Split's second argument (the text to split) must be a text, not a list; got Fn::GetAZs (a list). Join the list first with Fn::Join.");
    assert.equal(errors(diagnostics).length, 4, list(diagnostics));
  });

  it('reports condition operands that are not conditions, and Fn::Equals operands that are lists or mappings', async () => {
    const text = TEMPLATE.replace('Mappings:', '  Both: !And [{ Condition: IsProd }, IsProd]\n  Same: !Equals [[a], b]\nMappings:');
    const diagnostics = await open(text);
    finding(diagnostics, 'E8004', rangeOfPrefix(text, 'IsProd]', 6), 'Fn::And takes conditions as operands: write { Condition: Name } or a condition function (Fn::Equals, …); got a single value.');
    finding(diagnostics, 'E8003', rangeOf(text, '[a]'), 'Fn::Equals compares two single values (or functions returning one); got a list.');
    assert.equal(errors(diagnostics).length, 2, list(diagnostics));
  });

  it('reports condition functions outside Conditions and unknown Fn:: names', async () => {
    const text = TEMPLATE.replace('DisplayName: !FindInMap [Sizes, prod, Memory]', 'DisplayName: !Equals [a, b]\n      KmsMasterKeyId:\n        Fn::Joinn: [",", [a]]');
    const diagnostics = await open(text);
    finding(diagnostics, 'E8003', rangeOf(text, '[a, b]'), /^Fn::Equals is only allowed in Conditions/);
    finding(diagnostics, 'E1001', rangeOf(text, 'Fn::Joinn'), "Unknown intrinsic function: Fn::Joinn. Did you mean 'Fn::Join'?");
  });
});
