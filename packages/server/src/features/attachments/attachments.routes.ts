/**
 * Attachment routes (issue 4 items 1–2): the reporter adds files by tracking code + phone, and
 * the bytes are served to the public (public photos of public reports) and to staff (reports
 * they may see). Submissions with files are the report routes' own (reports.routes.ts).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, validationFailed } from '../../infra/http/app-error';
import { zodFieldErrors } from '../../infra/http/problem';
import { requireTenant } from '../../infra/http/tenant-context';
import { addReporterAttachments } from './add-reporter-attachments';
import { presentReporterAttachment } from './attachment.presenter';
import { UPLOAD_LIMITS } from './attachment-rules';
import { attachmentStorage } from './attachment-storage';
import { getPublicAttachmentFile, getStaffAttachmentFile } from './get-attachment-file';
import type { FileVariant } from './get-attachment-file';
import { sendAttachment } from './send-attachment';
import { acceptMultipart, readUploadForm } from './upload-form';

const tags = ['attachments'];
const codeParams = z.object({ trackingCode: z.string().trim().min(6).max(40) });
const publicFileParams = codeParams.extend({ attachmentId: z.uuid() });
const staffFileParams = z.object({ id: z.uuid(), attachmentId: z.uuid() });
const phoneField = z.string().trim().min(8).max(20);
const notMultipart = () =>
  new AppError('UNSUPPORTED_MEDIA_TYPE', 'expected multipart/form-data', {
    userMessage: {
      vi: 'Gửi tệp bằng biểu mẫu multipart/form-data (trường phone và các trường files).',
      en: 'Send files as multipart/form-data (a phone field and files fields).',
    },
  });

export const attachmentRoutes: FastifyPluginAsyncZod = async (app) => {
  await acceptMultipart(app);
  const storage = attachmentStorage(app.deps.config);
  const env = () => ({ db: app.deps.database.db, now: app.deps.now, storage });

  app.post(
    '/api/public/reports/:trackingCode/attachments',
    {
      schema: {
        tags,
        summary: `The reporter adds files (multipart/form-data: \`phone\` plus up to ${UPLOAD_LIMITS.filesPerSupplement} \`files\`) while the report is open; see docs/workflow/attachments.md`,
        params: codeParams,
      },
      config: { public: true, rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      if (!request.isMultipart()) {
        throw notMultipart();
      }
      const form = await readUploadForm(request, {
        textFields: ['phone'],
        maxFiles: UPLOAD_LIMITS.filesPerSupplement,
        allowCallRecording: false,
      });
      const phone = phoneField.safeParse(form.fields.phone);
      if (!phone.success) {
        throw validationFailed(
          zodFieldErrors(
            phone.error.issues as unknown as Parameters<typeof zodFieldErrors>[0],
            'phone',
          ),
        );
      }
      const { report, attachments } = await addReporterAttachments(env(), {
        tenant: requireTenant(request),
        trackingCode: request.params.trackingCode,
        phone: phone.data,
        files: form.files,
      });
      return reply
        .status(201)
        .send({ items: attachments.map((a) => presentReporterAttachment(report, a)) });
    },
  );

  const publicFile = (variant: FileVariant) =>
    app.get(
      `/api/public/reports/:trackingCode/attachments/:attachmentId${variant === 'thumbnail' ? '/thumbnail' : ''}`,
      {
        schema: {
          tags,
          summary:
            variant === 'thumbnail'
              ? 'A public photo’s 320 px thumbnail'
              : 'A public photo of a report the public may see (never a confidential case, never a call recording)',
          params: publicFileParams,
        },
        config: { public: true, rateLimit: { max: 600, timeWindow: '1 minute' } },
      },
      async (request, reply) => {
        const file = await getPublicAttachmentFile(
          app.deps.database.db,
          storage,
          requireTenant(request),
          request.params.trackingCode,
          request.params.attachmentId,
          variant,
        );
        return sendAttachment(request, reply, file);
      },
    );
  publicFile('original');
  publicFile('thumbnail');

  const staffFile = (variant: FileVariant) =>
    app.get(
      `/api/reports/:id/attachments/:attachmentId${variant === 'thumbnail' ? '/thumbnail' : ''}`,
      {
        schema: {
          tags,
          summary:
            variant === 'thumbnail'
              ? 'A photo’s 320 px thumbnail, for staff who may see the report'
              : 'An attachment for staff who may see the report; a call recording needs reports.personal_data and is audited',
          params: staffFileParams,
        },
        config: { permission: 'reports.read' },
      },
      async (request, reply) => {
        const file = await getStaffAttachmentFile(app.deps.database.db, storage, request.actor, {
          reportId: request.params.id,
          attachmentId: request.params.attachmentId,
          variant,
          ip: request.ip,
          at: app.deps.now(),
        });
        return sendAttachment(request, reply, file);
      },
    );
  staffFile('original');
  staffFile('thumbnail');
};
