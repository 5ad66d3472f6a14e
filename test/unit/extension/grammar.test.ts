import { strict as assert } from 'node:assert';
import type { IGrammar } from 'vscode-textmate';
import { loadGrammar, tokenize, type Token } from '../../support/textmate';

const yamlInjection = { 'source.yaml': ['lambda-workbench.yaml.injection'] };
const jsonInjection = { 'source.json': ['lambda-workbench.json.injection'] };

/** The scopes of the token with exactly this text (the nth, 0-based), without the root scope. */
function scopesOf(tokens: Token[], text: string, nth = 0): string[] {
  const token = tokens.filter((t) => t.text === text)[nth];
  assert.ok(token, `no token "${text}" in: ${tokens.map((t) => t.text).join('|')}`);
  return token.scopes.slice(1);
}

describe('syntaxes: CloudFormation, SAM and serverless.yml highlighting', () => {
  let yaml: IGrammar;
  let json: IGrammar;
  before(async () => {
    yaml = await loadGrammar('source.yaml', yamlInjection);
    json = await loadGrammar('source.json', jsonInjection);
  });

  it('marks short-form tags as intrinsic functions and their logical IDs and attributes', () => {
    const tokens = tokenize(yaml, ['QUEUE_URL: !Ref ThumbnailQueue', 'Queue: !GetAtt ThumbnailQueue.Arn', 'Region: !Ref AWS::Region', 'Value: !Join [",", [a, b]]'].join('\n'));
    assert.deepEqual(scopesOf(tokens, '!Ref'), ['support.function.intrinsic.cloudformation']);
    assert.deepEqual(scopesOf(tokens, 'ThumbnailQueue'), ['variable.other.logical-id.cloudformation']);
    assert.deepEqual(scopesOf(tokens, '!GetAtt'), ['support.function.intrinsic.cloudformation']);
    assert.deepEqual(scopesOf(tokens, 'ThumbnailQueue', 1), ['variable.other.logical-id.cloudformation']);
    assert.deepEqual(scopesOf(tokens, 'Arn'), ['variable.other.property.attribute.cloudformation']);
    assert.deepEqual(scopesOf(tokens, 'AWS::Region'), ['variable.language.pseudo-parameter.cloudformation']);
    assert.deepEqual(scopesOf(tokens, '!Join'), ['support.function.intrinsic.cloudformation']);
  });

  it('marks ${…} in !Sub strings: logical IDs, attributes, pseudo parameters, and the ${!…} escape', () => {
    const tokens = tokenize(yaml, "Arn: !Sub 'arn:${AWS::Partition}:s3:::${PhotosBucket}/*/${Api.RootResourceId}/${!Literal}'");
    assert.deepEqual(scopesOf(tokens, '!Sub'), ['support.function.intrinsic.cloudformation']);
    assert.deepEqual(scopesOf(tokens, 'AWS::Partition'), ['string.quoted.single.yaml', 'meta.template.expression.cloudformation', 'variable.language.pseudo-parameter.cloudformation']);
    assert.deepEqual(scopesOf(tokens, 'PhotosBucket'), ['string.quoted.single.yaml', 'meta.template.expression.cloudformation', 'variable.other.logical-id.cloudformation']);
    assert.deepEqual(scopesOf(tokens, 'RootResourceId'), ['string.quoted.single.yaml', 'meta.template.expression.cloudformation', 'variable.other.property.attribute.cloudformation']);
    assert.deepEqual(scopesOf(tokens, '${!Literal}'), ['string.quoted.single.yaml', 'constant.character.escape.sub.cloudformation']);
  });

  it('marks serverless.yml variables, their sources, defaults and nesting', () => {
    const tokens = tokenize(yaml, "stage: ${opt:stage, 'dev'}\nbucket: ${self:custom.${sls:stage}}");
    assert.deepEqual(scopesOf(tokens, 'opt'), ['meta.template.expression.cloudformation', 'support.variable.source.serverless']);
    assert.deepEqual(scopesOf(tokens, "'dev'"), ['meta.template.expression.cloudformation', 'string.quoted.default.serverless']);
    assert.deepEqual(scopesOf(tokens, 'sls'), ['meta.template.expression.cloudformation', 'meta.template.expression.cloudformation', 'support.variable.source.serverless']);
    assert.deepEqual(scopesOf(tokens, '}', 1), ['meta.template.expression.cloudformation', 'meta.template.expression.cloudformation', 'punctuation.definition.template-expression.end.cloudformation']);
    assert.deepEqual(scopesOf(tokens, '}', 2), ['meta.template.expression.cloudformation', 'punctuation.definition.template-expression.end.cloudformation']);
  });

  it('marks long-form intrinsic keys and resource types', () => {
    const tokens = tokenize(yaml, ['Value:', '  Fn::GetAtt: [Queue, Arn]', 'Bucket:', '  Type: AWS::S3::Bucket', '  Ref: Stage'].join('\n'));
    assert.deepEqual(scopesOf(tokens, 'Fn::GetAtt'), ['support.function.intrinsic.cloudformation']);
    assert.deepEqual(scopesOf(tokens, 'AWS::S3::Bucket'), ['support.type.resource-type.cloudformation']);
    assert.deepEqual(scopesOf(tokens, 'Ref'), ['support.function.intrinsic.cloudformation']);
    assert.deepEqual(scopesOf(tokens, 'Stage'), ['variable.other.logical-id.cloudformation']);
  });

  it('marks logical IDs where they are declared, and not Globals sections or serverless.yml keys', () => {
    const template = ['Globals:', '  Function:', '    Timeout: 10', 'Resources:', '  PhotosBucket:', '    Type: AWS::S3::Bucket', '  Thumbnail:  # S3-triggered', '    Type: AWS::Serverless::Function'];
    const tokens = tokenize(yaml, template.join('\n'));
    assert.deepEqual(scopesOf(tokens, 'PhotosBucket'), ['entity.name.type.logical-id.cloudformation']);
    assert.deepEqual(scopesOf(tokens, 'Thumbnail'), ['entity.name.type.logical-id.cloudformation']);
    assert.deepEqual(scopesOf(tokens, 'Function'), ['string.unquoted.plain.yaml', 'entity.name.tag.yaml']);
    assert.deepEqual(scopesOf(tokens, 'Type'), ['string.unquoted.plain.yaml', 'entity.name.tag.yaml']);
    const serverless = tokenize(yaml, ['provider:', '  environment:', '    STAGE: dev', 'functions:', '  thumbnail:', '    handler: index.handler'].join('\n'));
    assert.ok(serverless.every((t) => !t.scopes.includes('entity.name.type.logical-id.cloudformation')));
  });

  it('leaves comments and look-alikes alone', () => {
    const tokens = tokenize(yaml, ['# !Ref NotALogicalId ${NotAVariable}', 'image: !Reference x', 'run: echo ${{ github.sha }}'].join('\n'));
    assert.ok(tokens.every((t) => !t.scopes.some((s) => s.endsWith('.cloudformation') || s.endsWith('.serverless'))), JSON.stringify(tokens.filter((t) => t.scopes.length > 1)));
  });

  it('marks intrinsics, logical IDs and ${…} in JSON templates, inside the JSON grammar\'s strings', () => {
    const tokens = tokenize(json, '{"Type": "AWS::SQS::Queue", "Q": {"Ref": "ThumbnailQueue"}, "A": {"Fn::GetAtt": ["Api", "Arn"]}, "S": {"Fn::Sub": "${AWS::Region}-${Stage}"}}');
    assert.deepEqual(scopesOf(tokens, 'AWS::SQS::Queue'), ['string.quoted.double.json', 'support.type.resource-type.cloudformation']);
    assert.deepEqual(scopesOf(tokens, 'Ref'), ['string.quoted.double.json', 'support.function.intrinsic.cloudformation']);
    assert.deepEqual(scopesOf(tokens, 'ThumbnailQueue'), ['string.quoted.double.json', 'variable.other.logical-id.cloudformation']);
    assert.deepEqual(scopesOf(tokens, 'Fn::GetAtt'), ['string.quoted.double.json', 'support.function.intrinsic.cloudformation']);
    assert.deepEqual(scopesOf(tokens, 'Api'), ['string.quoted.double.json', 'variable.other.logical-id.cloudformation']);
    assert.deepEqual(scopesOf(tokens, 'Arn'), ['string.quoted.double.json']);
    assert.deepEqual(scopesOf(tokens, 'Fn::Sub'), ['string.quoted.double.json', 'support.function.intrinsic.cloudformation']);
    assert.deepEqual(scopesOf(tokens, 'AWS::Region'), ['string.quoted.double.json', 'meta.template.expression.cloudformation', 'variable.language.pseudo-parameter.cloudformation']);
    assert.deepEqual(scopesOf(tokens, 'Stage'), ['string.quoted.double.json', 'meta.template.expression.cloudformation', 'variable.other.logical-id.cloudformation']);
  });
});
