// Turns template values into the concrete text a sample event needs: intrinsics (Ref, GetAtt, Sub, Join)
// against parameter defaults, pseudo parameters and resources' own names. serverless.yml variables are
// resolved first by the template model's VariableResolver (see plainValue). What only AWS can know
// becomes a stable stand-in.
import { toPlain, type TemplateModel, type TemplateNode, type VariableResolver } from '../template-model';

export interface TemplateScope {
  region: string;
  accountId: string;
  stage: string;
  partition: string;
}

/** Physical-name properties by resource type, and how the ARN of each is built. */
const NAMED: Record<string, { property: string; arn: (s: TemplateScope, name: string) => string }> = {
  'AWS::S3::Bucket': { property: 'BucketName', arn: (s, n) => `arn:${s.partition}:s3:::${n}` },
  'AWS::SQS::Queue': { property: 'QueueName', arn: (s, n) => `arn:${s.partition}:sqs:${s.region}:${s.accountId}:${n}` },
  'AWS::SNS::Topic': { property: 'TopicName', arn: (s, n) => `arn:${s.partition}:sns:${s.region}:${s.accountId}:${n}` },
  'AWS::Kinesis::Stream': { property: 'Name', arn: (s, n) => `arn:${s.partition}:kinesis:${s.region}:${s.accountId}:stream/${n}` },
  'AWS::DynamoDB::Table': { property: 'TableName', arn: (s, n) => `arn:${s.partition}:dynamodb:${s.region}:${s.accountId}:table/${n}` },
  'AWS::Serverless::SimpleTable': { property: 'TableName', arn: (s, n) => `arn:${s.partition}:dynamodb:${s.region}:${s.accountId}:table/${n}` },
  'AWS::Logs::LogGroup': { property: 'LogGroupName', arn: (s, n) => `arn:${s.partition}:logs:${s.region}:${s.accountId}:log-group:${n}` },
  'AWS::Events::Rule': { property: 'Name', arn: (s, n) => `arn:${s.partition}:events:${s.region}:${s.accountId}:rule/${n}` },
  'AWS::Cognito::UserPool': { property: 'UserPoolName', arn: (s, n) => `arn:${s.partition}:cognito-idp:${s.region}:${s.accountId}:userpool/${n}` },
  'AWS::MSK::Cluster': { property: 'ClusterName', arn: (s, n) => `arn:${s.partition}:kafka:${s.region}:${s.accountId}:cluster/${n}/00000000-0000-0000-0000-000000000000-1` },
};

export class TemplateValues {
  private readonly resources: Map<string, { type: string; properties: Record<string, unknown> }>;
  private readonly parameters: Map<string, unknown>;

  constructor(
    model: TemplateModel,
    readonly scope: TemplateScope,
    resolver?: VariableResolver,
  ) {
    this.resources = new Map(
      model.resources.map((r) => {
        const properties = plainValue(r.properties, resolver);
        return [r.name, { type: r.type?.value ?? '', properties: properties && typeof properties === 'object' ? (properties as Record<string, unknown>) : {} }];
      }),
    );
    this.parameters = new Map(model.parameters.map((p) => [p.name, (toPlain(p.node) as { Default?: unknown } | null)?.Default]));
  }

  /** The value as text, or undefined when it cannot be known locally (e.g. Fn::ImportValue). */
  text(value: unknown, depth = 0): string | undefined {
    if (depth > 10) return undefined;
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const [[fn, arg] = []] = Object.entries(value);
    if (fn === 'Ref' && typeof arg === 'string') return this.ref(arg, depth);
    if (fn === 'Fn::GetAtt') {
      const [name, attribute] = Array.isArray(arg) ? arg.map(String) : String(arg).split(/\.(.*)/);
      return this.getAtt(name, attribute ?? '', depth);
    }
    if (fn === 'Fn::Sub') {
      const [text, vars] = Array.isArray(arg) ? arg : [arg, {}];
      return typeof text === 'string' ? this.sub(text, (vars ?? {}) as Record<string, unknown>, depth) : undefined;
    }
    if (fn === 'Fn::Join' && Array.isArray(arg) && Array.isArray(arg[1])) {
      const parts = (arg[1] as unknown[]).map((part) => this.text(part, depth + 1));
      return parts.every((p) => p !== undefined) ? parts.join(String(arg[0])) : undefined;
    }
    return undefined;
  }

  /** A property of the resource `reference` points at (`!Ref MyApi` → MyApi's `StageName`), as text. */
  property(reference: unknown, name: string): string | undefined {
    const id = reference && typeof reference === 'object' ? (reference as { Ref?: unknown }).Ref : undefined;
    const resource = typeof id === 'string' ? this.resources.get(id) : undefined;
    return resource ? this.text(resource.properties[name]) : undefined;
  }

  /** The name part of an ARN or a plain name: `arn:aws:sqs:r:a:jobs` → `jobs`, `…:stream/clicks` → `clicks`. */
  static nameOf(text: string): string {
    if (!text.startsWith('arn:')) return text;
    const resource = text.split(':').slice(5).join(':');
    return resource.replace(/^(stream|table|deliverystream|rule|userpool|cluster|log-group)[/:]/, '').replace(/\/stream\/.*$/, '').split('/')[0];
  }

  private ref(name: string, depth: number): string | undefined {
    const pseudo: Record<string, string> = {
      'AWS::Region': this.scope.region,
      'AWS::AccountId': this.scope.accountId,
      'AWS::Partition': this.scope.partition,
      'AWS::StackName': 'sample-stack',
      'AWS::URLSuffix': 'amazonaws.com',
    };
    if (name in pseudo) return pseudo[name];
    if (this.parameters.has(name)) return this.text(this.parameters.get(name), depth + 1);
    const resource = this.resources.get(name);
    if (!resource) return undefined;
    const named = NAMED[resource.type];
    const given = named ? this.text(resource.properties[named.property], depth + 1) : undefined;
    // Without an explicit name CloudFormation generates one from the logical id; S3 requires lower case.
    return given ?? (resource.type === 'AWS::S3::Bucket' ? name.toLowerCase() : name);
  }

  private getAtt(name: string, attribute: string, depth: number): string | undefined {
    const resource = this.resources.get(name);
    const named = resource ? NAMED[resource.type] : undefined;
    const physical = this.ref(name, depth);
    if (!named || physical === undefined) return undefined;
    if (attribute === 'Arn') return named.arn(this.scope, physical);
    if (attribute === 'QueueName' || attribute === 'TopicName' || attribute === 'Name') return physical;
    if (attribute === 'StreamArn') return `${named.arn(this.scope, physical)}/stream/2024-01-01T00:00:00.000`;
    return undefined;
  }

  private sub(text: string, vars: Record<string, unknown>, depth: number): string | undefined {
    let unknown = false;
    const result = text.replace(/\$\{([^}!]+)\}/g, (_, expr: string) => {
      const value = expr in vars ? this.text(vars[expr], depth + 1) : expr.includes('.') ? this.getAtt(...(expr.split(/\.(.*)/) as [string, string]), depth) : this.ref(expr, depth);
      if (value === undefined) unknown = true;
      return value ?? '';
    });
    return unknown ? undefined : result;
  }
}

/**
 * The plain value of a node with serverless.yml variables resolved by `resolver`; a variable only AWS or
 * the shell could answer (`${ssm:…}`, `${env:…}`) becomes undefined, so the generator's default applies.
 */
export function plainValue(node: TemplateNode | undefined, resolver?: VariableResolver): unknown {
  if (!node || !resolver) return toPlain(node);
  switch (node.kind) {
    case 'scalar': {
      if (typeof node.value !== 'string' || !node.value.includes('${')) return node.value;
      const resolved = resolver.valueOf(node);
      return resolved.state === 'resolved' ? resolved.value : undefined;
    }
    case 'seq':
      return node.items.map((item) => plainValue(item, resolver));
    case 'map':
      return Object.fromEntries(node.entries.map((e) => [e.key, plainValue(e.value, resolver)]));
  }
}
