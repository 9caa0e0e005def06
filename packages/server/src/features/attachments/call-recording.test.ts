/**
 * An operator enters a hotline call with its recording (issue 4 item 1; Sóc Trăng Điều 7.2: every
 * call of hotline 1022 is recorded): stored with the report, never public, heard only by staff who
 * may read the reporter's personal data, and every hearing audited (issue 4 item 10).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, TEST_PASSWORD } from '../../testing/factories';
import type { World } from '../../testing/factories';
import { OPERATOR_REPORT } from '../../testing/permission-rows';
import { createTestApp, signInAs } from '../../testing/test-app';
import type { Session, TestApp } from '../../testing/test-app';
import { plainPng, submission, tempDataDir, wavAudio } from './attachments-test-support';

const T = '/t/tinh-mot';
let t: TestApp;
let world: World;
let data: Awaited<ReturnType<typeof tempDataDir>>;
let operator: Session;
let admin: Session;

type Problem = { errors?: { path: string; code: string }[] };
type StaffAttachment = { id: string; kind: string; isPublic: boolean; url: string };

beforeAll(async () => {
  data = await tempDataDir();
  t = await createTestApp({ DATA_DIR: data.dir });
  world = await createWorld(t.database.db);
  operator = await signInAs(t.app, 'tinh-mot', 'tiepnhan', TEST_PASSWORD);
  admin = await signInAs(t.app, 'tinh-mot', 'quantri', TEST_PASSWORD);
});
afterAll(async () => {
  await t?.close();
  await data?.remove();
});

describe('an operator enters a hotline call with its recording', () => {
  const enter = (body: ReturnType<typeof submission>) =>
    operator.request({
      method: 'POST',
      url: `${T}/api/intake/reports`,
      payload: body.payload,
      headers: body.headers,
    });

  it('stores the recording, never public, shown only to staff who may read personal data', async () => {
    const response = await enter(
      submission(OPERATOR_REPORT, [
        { name: 'call_recording', filename: 'cuoc-goi-1022.wav', value: wavAudio() },
      ]),
    );
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json<{
      id: string;
      trackingCode: string;
      attachments: StaffAttachment[];
    }>();
    const [recording] = created.attachments;
    expect(recording).toMatchObject({ kind: 'call_recording', isPublic: false });
    const heard = await operator.request({ method: 'GET', url: `${T}${recording?.url}` });
    expect(heard.statusCode).toBe(200);
    expect(heard.headers['content-type']).toBe('audio/wav');
    expect(heard.headers['cache-control']).toBe('private, no-store');
    const audit = await t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('subject_id', '=', created.id)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'report.personal_data_read',
      actor_user_id: world.one.users.operator.id,
      details: { kind: 'call_recording', attachmentId: recording?.id },
    });
    // An administrator reads reports but not the reporter's personal data: no such file.
    const asAdmin = await admin.request({ method: 'GET', url: `${T}${recording?.url}` });
    expect(asAdmin.statusCode).toBe(404);
    const listed = await admin.request({ method: 'GET', url: `${T}/api/reports/${created.id}` });
    expect(listed.json<{ attachments: unknown[] }>().attachments).toEqual([]);
    const publicly = await t.app.inject({
      method: 'GET',
      url: `${T}/api/public/reports/${created.trackingCode}/attachments/${recording?.id}`,
    });
    expect(publicly.statusCode).toBe(404);
  });

  it('refuses a recording that is not audio, or on a report that was not a call', async () => {
    const photo = await enter(
      submission(OPERATOR_REPORT, [
        { name: 'call_recording', filename: 'x.jpg', value: await plainPng() },
      ]),
    );
    expect(photo.statusCode).toBe(415);
    expect(photo.json<Problem>().errors?.[0]?.path).toBe('call_recording');
    const walkIn = await enter(
      submission({ ...OPERATOR_REPORT, channel: 'walk_in' }, [
        { name: 'call_recording', filename: 'x.wav', value: wavAudio() },
      ]),
    );
    expect(walkIn.statusCode).toBe(400);
    expect(walkIn.json<Problem>().errors?.[0]).toMatchObject({
      path: 'call_recording',
      code: 'call_recording.requires_hotline',
    });
  });
});
