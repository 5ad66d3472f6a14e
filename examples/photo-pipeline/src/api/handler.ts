// HTTP API (payload v2): GET /photos/{id} returns the photo's record.
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';

interface Photo {
  id: string;
  table: string;
  thumbnail: string;
}

export async function getPhoto(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> {
  const id = event.pathParameters?.id;
  if (!id) {
    return { statusCode: 400, body: JSON.stringify({ message: 'Missing photo id' }) };
  }
  const photo: Photo = {
    id,
    table: process.env.TABLE_NAME ?? 'photos',
    thumbnail: `thumbnails/${id}-200w.jpg`,
  };
  console.log(`GET photo ${id}`);
  return {
    statusCode: 200,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(photo),
  };
}
