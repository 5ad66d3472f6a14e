// S3-triggered: plans a thumbnail for each uploaded photo and reports what it would write.
const path = require('node:path');

const width = Number(process.env.THUMBNAIL_WIDTH || 200);

function thumbnailKey(key) {
  const { dir, name } = path.posix.parse(key);
  return path.posix.join(dir.replace(/^uploads/, 'thumbnails'), `${name}-${width}w.jpg`);
}

exports.handler = async (event, context) => {
  const thumbnails = event.Records.map((record) => {
    const bucket = record.s3.bucket.name;
    const key = decodeURIComponent(record.s3.object.key.replace(/\+/g, ' '));
    const target = thumbnailKey(key);
    console.log(`resizing s3://${bucket}/${key} to ${width}px -> ${target}`);
    return { bucket, source: key, thumbnail: target, size: record.s3.object.size };
  });
  return { requestId: context.awsRequestId, thumbnails };
};
