// SQS worker: records each finished thumbnail; reports failed messages as partial batch failures.
export const handler = async (event) => {
  const batchItemFailures = [];
  for (const record of event.Records) {
    try {
      const job = JSON.parse(record.body);
      console.info(JSON.stringify({ msg: 'thumbnail recorded', key: job.thumbnail }));
    } catch (error) {
      console.error(`bad message ${record.messageId}: ${error.message}`);
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
};
