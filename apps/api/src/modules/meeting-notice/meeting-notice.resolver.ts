import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { parseId } from '../../common/ids.js';
import type { Context } from '../../context.js';
import type { Access } from '../auth/access.js';
import { CallInDeputyInput, ReportAbsenceInput } from './meeting-notice.inputs.js';
import { MeetingAttendancePlan, NoticePreview } from './meeting-notice.type.js';

@Resolver()
export class MeetingNoticeResolver {
  @Authorized<Access>('community:administer')
  @Query(() => NoticePreview, {
    description:
      "A meeting's notice as it would go out today, or as sent: when, to whom, the agenda, the e-mail and the PDF (secretariat).",
  })
  async noticePreview(
    @Arg('meetingId', () => ID, { description: 'The meeting.' }) meetingId: string,
    @Ctx() { services, caller }: Context,
  ): Promise<NoticePreview> {
    return services.meetingNotices.preview(caller, parseId(meetingId, 'meetingId'));
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => NoticePreview, {
    description:
      "Sends the notice, agenda and papers as a PDF to every member, deputy and observer on the meeting date; refused when later than the organ's notice period (secretariat).",
  })
  async sendNotice(
    @Arg('meetingId', () => ID, { description: 'The meeting.' }) meetingId: string,
    @Ctx() { services, caller }: Context,
  ): Promise<NoticePreview> {
    return services.meetingNotices.send(caller, parseId(meetingId, 'meetingId'));
  }

  @Authorized<Access>('community:read-internal')
  @Query(() => MeetingAttendancePlan, {
    description: "Who is called to a meeting: its members, absences and deputies (the community's users).",
  })
  async meetingAttendance(
    @Arg('meetingId', () => ID, { description: 'The meeting.' }) meetingId: string,
    @Ctx() { services, caller }: Context,
  ): Promise<MeetingAttendancePlan> {
    return services.meetingNotices.attendance(caller, parseId(meetingId, 'meetingId'));
  }

  @Authorized<Access>('community:read-internal')
  @Mutation(() => MeetingAttendancePlan, {
    description: 'Reports absence (forfall) from a coming meeting: the member themselves, or the secretariat.',
  })
  async reportAbsence(
    @Arg('input', () => ReportAbsenceInput, { description: 'The values; each field is described on the input type.' })
    input: ReportAbsenceInput,
    @Ctx() { services, caller }: Context,
  ): Promise<MeetingAttendancePlan> {
    return services.meetingNotices.reportAbsence(caller, {
      meetingId: parseId(input.meetingId, 'meetingId'),
      memberAppointmentId: parseId(input.memberAppointmentId, 'memberAppointmentId'),
      reason: input.reason ?? null,
    });
  }

  @Authorized<Access>('community:read-internal')
  @Mutation(() => MeetingAttendancePlan, {
    description: 'Withdraws a reported absence; a deputy called in is released (the member, or the secretariat).',
  })
  async withdrawAbsence(
    @Arg('id', () => ID, { description: 'The absence.' }) id: string,
    @Ctx() { services, caller }: Context,
  ): Promise<MeetingAttendancePlan> {
    return services.meetingNotices.withdrawAbsence(caller, parseId(id, 'id'));
  }

  @Authorized<Access>('community:administer')
  @Mutation(() => MeetingAttendancePlan, {
    description: "Calls in a deputy for an absent member: the personal deputy, or one from the hospital's list (secretariat).",
  })
  async callInDeputy(
    @Arg('input', () => CallInDeputyInput, { description: 'The values; each field is described on the input type.' })
    input: CallInDeputyInput,
    @Ctx() { services, caller }: Context,
  ): Promise<MeetingAttendancePlan> {
    return services.meetingNotices.callInDeputy(caller, {
      absenceId: parseId(input.absenceId, 'absenceId'),
      deputyAppointmentId: parseId(input.deputyAppointmentId, 'deputyAppointmentId'),
    });
  }
}
