// Lambda's managed runtimes and their lifecycle: deprecation, then the dates after which functions can no
// longer be created or updated with them. From the AWS Lambda developer guide, "Lambda runtimes".

export interface RuntimeLifecycle {
  /** Date the runtime is (or was) deprecated, YYYY-MM-DD; absent when not scheduled. */
  deprecated?: string;
  createBlocked?: string;
  updateBlocked?: string;
  /** The runtime to move to. */
  successor?: string;
}

const NODE = 'nodejs24.x';
const PYTHON = 'python3.14';
const JAVA = 'java25';
const DOTNET = 'dotnet10';
const RUBY = 'ruby3.4';
const PROVIDED = 'provided.al2023';

function life(deprecated: string, createBlocked: string, updateBlocked: string, successor: string): RuntimeLifecycle {
  return { deprecated, createBlocked, updateBlocked, successor };
}

export const LAMBDA_RUNTIMES: Readonly<Record<string, RuntimeLifecycle>> = {
  'nodejs24.x': { deprecated: '2028-04-30', createBlocked: '2028-06-01', updateBlocked: '2028-07-01' },
  'nodejs22.x': life('2027-04-30', '2027-06-01', '2027-07-01', NODE),
  'nodejs20.x': life('2026-04-30', '2026-06-01', '2026-07-01', NODE),
  'nodejs18.x': life('2025-09-01', '2026-06-01', '2026-07-01', NODE),
  'nodejs16.x': life('2024-06-12', '2026-06-01', '2026-07-01', NODE),
  'nodejs14.x': life('2023-12-04', '2024-01-09', '2026-07-01', NODE),
  'nodejs12.x': life('2023-03-31', '2023-03-31', '2023-04-30', NODE),
  'nodejs10.x': life('2021-07-30', '2021-07-30', '2022-02-14', NODE),
  'nodejs8.10': life('2020-03-06', '2020-02-04', '2020-03-06', NODE),
  'nodejs6.10': life('2019-08-12', '2019-07-12', '2019-08-12', NODE),
  'nodejs4.3': life('2020-03-05', '2020-02-03', '2020-03-05', NODE),
  'nodejs4.3-edge': life('2020-03-05', '2019-03-31', '2019-04-30', NODE),
  nodejs: life('2016-08-30', '2016-09-30', '2016-10-31', NODE),
  'python3.14': { deprecated: '2029-06-30', createBlocked: '2029-07-31', updateBlocked: '2029-08-31' },
  'python3.13': life('2029-06-30', '2029-07-31', '2029-08-31', PYTHON),
  'python3.12': life('2028-10-31', '2028-11-30', '2029-01-10', PYTHON),
  'python3.11': life('2026-06-30', '2026-07-31', '2026-08-31', PYTHON),
  'python3.10': life('2026-06-30', '2026-07-31', '2026-08-31', PYTHON),
  'python3.9': life('2025-12-15', '2026-06-01', '2026-07-01', PYTHON),
  'python3.8': life('2024-10-14', '2026-06-01', '2026-07-01', PYTHON),
  'python3.7': life('2023-12-04', '2024-01-09', '2026-03-09', PYTHON),
  'python3.6': life('2022-07-18', '2022-07-18', '2022-08-29', PYTHON),
  'python2.7': life('2021-07-15', '2021-07-15', '2022-05-30', PYTHON),
  java25: { deprecated: '2029-06-30', createBlocked: '2029-07-31', updateBlocked: '2029-08-31' },
  java21: life('2029-06-30', '2029-07-31', '2029-08-31', JAVA),
  java17: life('2026-06-30', '2026-07-31', '2026-08-31', JAVA),
  java11: life('2026-06-30', '2026-07-31', '2026-08-31', JAVA),
  'java8.al2': life('2026-06-30', '2026-07-31', '2026-08-31', JAVA),
  java8: life('2024-01-08', '2024-02-08', '2026-07-01', JAVA),
  dotnet10: {},
  dotnet8: life('2026-11-10', '2026-12-10', '2027-01-11', DOTNET),
  dotnet6: life('2024-12-20', '2026-06-01', '2026-07-01', DOTNET),
  'dotnetcore3.1': life('2023-04-03', '2023-04-03', '2023-05-03', DOTNET),
  'dotnetcore2.1': life('2022-01-05', '2022-01-05', '2022-04-13', DOTNET),
  'dotnetcore2.0': life('2019-05-30', '2019-04-30', '2019-05-30', DOTNET),
  'dotnetcore1.0': life('2019-06-27', '2019-06-30', '2019-07-30', DOTNET),
  'ruby3.4': { deprecated: '2028-03-31', createBlocked: '2028-04-30', updateBlocked: '2028-05-31' },
  'ruby3.3': life('2027-03-31', '2027-04-30', '2027-05-31', RUBY),
  'ruby3.2': life('2026-03-31', '2026-06-01', '2026-07-01', RUBY),
  'ruby2.7': life('2023-12-07', '2024-01-09', '2026-07-01', RUBY),
  'ruby2.5': life('2021-07-30', '2021-07-30', '2022-03-31', RUBY),
  'provided.al2023': { deprecated: '2029-06-30', createBlocked: '2029-07-31', updateBlocked: '2029-08-31' },
  'provided.al2': life('2026-06-30', '2026-07-31', '2026-08-31', PROVIDED),
  provided: life('2024-01-08', '2024-02-08', '2026-07-01', PROVIDED),
  'go1.x': life('2024-01-08', '2024-02-08', '2026-07-01', PROVIDED),
};
