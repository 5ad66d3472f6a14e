// The resources the SAM transform generates, which templates may name in Ref, GetAtt, Sub and DependsOn:
// ServerlessRestApi, ServerlessHttpApi, <Fn>Role, <Fn>Alias<Name>, <Fn>.Version, <Api>.Stage, … (from
// the SAM developer guide's "Generated CloudFormation resources" pages). Type undefined = any attribute.
import { getString, getValue, type TemplateModel } from '../../template-model';

export interface ImplicitResource {
  name: string;
  type?: string;
}

export function implicitResources(model: TemplateModel): ImplicitResource[] {
  if (model.dialect !== 'sam') return [];
  const result: ImplicitResource[] = [];
  const add = (name: string, type?: string): void => void result.push({ name, type });
  let restApi = false;
  let httpApi = false;
  const functionGlobals = getValue(getValue(model.root, 'Globals'), 'Function');
  for (const resource of model.resources) {
    const props = resource.properties;
    const id = resource.name;
    switch (resource.type?.value) {
      case 'AWS::Serverless::Function': {
        if (!getValue(props, 'Role')) add(`${id}Role`, 'AWS::IAM::Role');
        const aliasNode = getValue(props, 'AutoPublishAlias') ?? getValue(functionGlobals, 'AutoPublishAlias');
        const alias = getString(aliasNode);
        if (aliasNode) {
          add(`${id}.Alias`, 'AWS::Lambda::Alias');
          add(`${id}.Version`, 'AWS::Lambda::Version');
          if (alias) add(`${id}Alias${alias}`, 'AWS::Lambda::Alias');
        }
        if (getValue(props, 'FunctionUrlConfig') ?? getValue(functionGlobals, 'FunctionUrlConfig')) add(`${id}Url`, 'AWS::Lambda::Url');
        if (getValue(props, 'DeploymentPreference') ?? getValue(functionGlobals, 'DeploymentPreference')) add(`${id}DeploymentGroup`, 'AWS::CodeDeploy::DeploymentGroup');
        if (getValue(props, 'EventInvokeConfig') ?? getValue(functionGlobals, 'EventInvokeConfig')) {
          add(`${id}.DestinationTopic`, 'AWS::SNS::Topic');
          add(`${id}.DestinationQueue`, 'AWS::SQS::Queue');
          add(`${id}EventInvokeConfig`, 'AWS::Lambda::EventInvokeConfig');
        }
        for (const event of eventsOf(props)) {
          add(`${id}${event.name}`);
          add(`${id}${event.name}Permission`, 'AWS::Lambda::Permission');
          if (event.type === 'Api' && !getValue(event.properties, 'RestApiId')) restApi = true;
          if (event.type === 'HttpApi' && !getValue(event.properties, 'ApiId')) httpApi = true;
          if (event.type === 'SNS' && getValue(event.properties, 'SqsSubscription')) add(`${id}${event.name}Queue`, 'AWS::SQS::Queue');
        }
        break;
      }
      case 'AWS::Serverless::StateMachine':
        if (!getValue(props, 'Role')) add(`${id}Role`, 'AWS::IAM::Role');
        for (const event of eventsOf(props)) {
          add(`${id}${event.name}`);
          add(`${id}${event.name}Role`, 'AWS::IAM::Role');
          if (event.type === 'Api' && !getValue(event.properties, 'RestApiId')) restApi = true;
        }
        break;
      case 'AWS::Serverless::Api':
        add(`${id}.Stage`, 'AWS::ApiGateway::Stage');
        add(`${id}.Deployment`, 'AWS::ApiGateway::Deployment');
        add(`${id}.DomainName`, 'AWS::ApiGateway::DomainName');
        add(`${id}.DomainNameV2`, 'AWS::ApiGateway::DomainNameV2');
        add(`${id}.BasePathMapping`, 'AWS::ApiGateway::BasePathMapping');
        add(`${id}.UsagePlan`, 'AWS::ApiGateway::UsagePlan');
        add(`${id}.UsagePlanKey`, 'AWS::ApiGateway::UsagePlanKey');
        add(`${id}.ApiKey`, 'AWS::ApiGateway::ApiKey');
        add(`${id}Deployment`);
        stageName(props, (stage) => add(`${id}${stage}Stage`, 'AWS::ApiGateway::Stage'));
        break;
      case 'AWS::Serverless::HttpApi':
      case 'AWS::Serverless::WebSocketApi':
        add(`${id}.Stage`, 'AWS::ApiGatewayV2::Stage');
        add(`${id}.DomainName`, 'AWS::ApiGatewayV2::DomainName');
        add(`${id}ApiGatewayDefaultStage`, 'AWS::ApiGatewayV2::Stage');
        stageName(props, (stage) => add(`${id}${stage}Stage`, 'AWS::ApiGatewayV2::Stage'));
        break;
      case 'AWS::Serverless::Connector':
        add(`${id}Policy`, 'AWS::IAM::ManagedPolicy');
        break;
    }
    // Embedded connectors become Connector resources named <Source><Connector>.
    const connectors = getValue(resource.node, 'Connectors');
    for (const connector of connectors?.kind === 'map' ? connectors.entries : []) {
      add(`${id}${connector.key}`);
      add(`${id}${connector.key}Policy`, 'AWS::IAM::ManagedPolicy');
    }
  }
  if (restApi) {
    add('ServerlessRestApi', 'AWS::ApiGateway::RestApi');
    add('ServerlessRestApiProdStage', 'AWS::ApiGateway::Stage');
    add('ServerlessRestApiDeployment');
    add('ServerlessRestApi.Stage', 'AWS::ApiGateway::Stage');
    add('ServerlessRestApi.Deployment', 'AWS::ApiGateway::Deployment');
  }
  if (httpApi) {
    add('ServerlessHttpApi', 'AWS::ApiGatewayV2::Api');
    add('ServerlessHttpApiApiGatewayDefaultStage', 'AWS::ApiGatewayV2::Stage');
    add('ServerlessHttpApi.Stage', 'AWS::ApiGatewayV2::Stage');
  }
  return result;
}

function eventsOf(props: ReturnType<typeof getValue>): { name: string; type?: string; properties: ReturnType<typeof getValue> }[] {
  const events = getValue(props, 'Events');
  if (events?.kind !== 'map') return [];
  return events.entries.map((e) => ({ name: e.key, type: getString(getValue(e.value, 'Type')), properties: getValue(e.value, 'Properties') }));
}

function stageName(props: ReturnType<typeof getValue>, use: (stage: string) => void): void {
  const stage = getString(getValue(props, 'StageName'));
  if (stage) use(stage.replace(/[^A-Za-z0-9]/g, ''));
}
