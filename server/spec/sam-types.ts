// SAM resource types in terms of the CloudFormation resources SAM generates from them: what `Fn::GetAtt`
// on a SAM resource reads, and where SAM's pass-through properties get their types from.
// From the SAM developer guide's "generated resources" pages.

export const SAM_UNDERLYING_TYPES: Readonly<Record<string, string>> = {
  'AWS::Serverless::Function': 'AWS::Lambda::Function',
  'AWS::Serverless::Api': 'AWS::ApiGateway::RestApi',
  'AWS::Serverless::HttpApi': 'AWS::ApiGatewayV2::Api',
  'AWS::Serverless::WebSocketApi': 'AWS::ApiGatewayV2::Api',
  'AWS::Serverless::SimpleTable': 'AWS::DynamoDB::Table',
  'AWS::Serverless::LayerVersion': 'AWS::Lambda::LayerVersion',
  'AWS::Serverless::StateMachine': 'AWS::StepFunctions::StateMachine',
  'AWS::Serverless::Application': 'AWS::CloudFormation::Stack',
  'AWS::Serverless::GraphQLApi': 'AWS::AppSync::GraphQLApi',
  'AWS::Serverless::CapacityProvider': 'AWS::Lambda::CapacityProvider',
};

const SAM_DOCS = 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide';

export function samResourceDocsUrl(type: string): string {
  return `${SAM_DOCS}/sam-resource-${type.split('::')[2].toLowerCase()}.html`;
}

export function samEventDocsUrl(eventType: string): string {
  return `${SAM_DOCS}/sam-property-function-${eventType.toLowerCase()}.html`;
}
