import { ForbiddenError, type Role, forwardedHeaders, requireIdentity } from '@lianban/kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { BusyTime } from '../entities/busy-time.entity';
import { MeetingPlan } from '../entities/meeting-plan.entity';
import { Meeting } from '../entities/meeting.entity';
import { Room } from '../entities/room.entity';
import type { MeetingsContext } from '../loaders';
import { SchedulingService } from '../services/scheduling.service';
import {
  CreateBusyTimeInput,
  CreateRoomInput,
  PlannedSessionType,
  SchedulingSettingsType,
  UpdateRoomInput,
  UpdateSchedulingSettingsInput,
} from '../types/scheduling.types';

const WRITE: Role[] = ['SECRETARIAT'];
const READ: Role[] = ['SECRETARIAT', 'ADMIN'];

function allow(ctx: MeetingsContext, roles: Role[], what: string) {
  const caller = requireIdentity(ctx.identity);
  if (!roles.includes(caller.role)) throw new ForbiddenError(`${what} is for the joint-meeting secretariat (联席办); you sign in as ${caller.role}`);
  return caller;
}

const service = (ctx: MeetingsContext) => new SchedulingService(ctx.em, { ...ctx.scheduling, forwarded: forwardedHeaders(ctx) });

/** Rooms, busy times, settings and plans of the scheduler (排会); the secretariat writes, admins may read. */
@Resolver()
export class SchedulingResolver {
  @Query(() => [Room], { description: '会议室 (active ones unless includeInactive)' })
  rooms(@Ctx() ctx: MeetingsContext, @Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean): Promise<Room[]> {
    allow(ctx, READ, 'the room list');
    return service(ctx).listRooms(includeInactive);
  }

  @Mutation(() => Room, { description: 'Adds a room (seats > 0, a name no other room has)' })
  createRoom(@Ctx() ctx: MeetingsContext, @Arg('input', () => CreateRoomInput) input: CreateRoomInput): Promise<Room> {
    allow(ctx, WRITE, 'adding a room');
    return service(ctx).createRoom(input);
  }

  @Mutation(() => Room)
  updateRoom(@Ctx() ctx: MeetingsContext, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateRoomInput) input: UpdateRoomInput): Promise<Room> {
    allow(ctx, WRITE, 'changing a room');
    return service(ctx).updateRoom(id, input);
  }

  @Mutation(() => Room, { description: 'Takes a room out of use: plans no longer offer it' })
  deactivateRoom(@Ctx() ctx: MeetingsContext, @Arg('id', () => ID) id: string): Promise<Room> {
    allow(ctx, WRITE, 'taking a room out of use');
    return service(ctx).updateRoom(id, { active: false });
  }

  @Query(() => [BusyTime], { description: '忙碌时间, of one person or unit or of everyone' })
  busyTimes(@Ctx() ctx: MeetingsContext, @Arg('subjectId', () => ID, { nullable: true }) subjectId?: string): Promise<BusyTime[]> {
    allow(ctx, READ, 'busy times');
    return service(ctx).listBusyTimes(subjectId);
  }

  @Mutation(() => BusyTime)
  createBusyTime(@Ctx() ctx: MeetingsContext, @Arg('input', () => CreateBusyTimeInput) input: CreateBusyTimeInput): Promise<BusyTime> {
    allow(ctx, WRITE, 'recording a busy time');
    return service(ctx).createBusyTime(input);
  }

  @Mutation(() => Boolean)
  deleteBusyTime(@Ctx() ctx: MeetingsContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    allow(ctx, WRITE, 'deleting a busy time');
    return service(ctx).deleteBusyTime(id);
  }

  @Query(() => SchedulingSettingsType, { description: '排会设置' })
  async schedulingSettings(@Ctx() ctx: MeetingsContext): Promise<SchedulingSettingsType> {
    allow(ctx, READ, 'the scheduling settings');
    return service(ctx).settings();
  }

  @Mutation(() => SchedulingSettingsType)
  async updateSchedulingSettings(
    @Ctx() ctx: MeetingsContext,
    @Arg('input', () => UpdateSchedulingSettingsInput) input: UpdateSchedulingSettingsInput,
  ): Promise<SchedulingSettingsType> {
    allow(ctx, WRITE, 'changing the scheduling settings');
    return service(ctx).updateSettings(input);
  }

  @Mutation(() => MeetingPlan, {
    description: '排会: plans the planned sessions of [from, to] (YYYY-MM-DD) around the published and pinned ones; stores and returns the plan',
  })
  planMeetings(@Ctx() ctx: MeetingsContext, @Arg('from', () => String) from: string, @Arg('to', () => String) to: string): Promise<MeetingPlan> {
    const caller = allow(ctx, WRITE, 'planning sessions');
    return service(ctx).plan(from, to, caller.personId);
  }

  @Query(() => MeetingPlan)
  meetingPlan(@Ctx() ctx: MeetingsContext, @Arg('id', () => ID) id: string): Promise<MeetingPlan> {
    allow(ctx, READ, 'a meeting plan');
    return service(ctx).findPlan(id);
  }

  @Mutation(() => MeetingPlan, { description: 'Writes a plan into its sessions; CONFLICT when any of them changed since' })
  applyMeetingPlan(@Ctx() ctx: MeetingsContext, @Arg('planId', () => ID) planId: string): Promise<MeetingPlan> {
    allow(ctx, WRITE, 'applying a plan');
    return service(ctx).apply(planId);
  }

  @Mutation(() => Meeting, { description: '锁定: fixes a planned session\'s start (on a working day, in office hours) and optionally its room' })
  pinMeeting(
    @Ctx() ctx: MeetingsContext,
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('startsAt', () => Date) startsAt: Date,
    @Arg('roomId', () => ID, { nullable: true }) roomId?: string,
  ): Promise<Meeting> {
    allow(ctx, WRITE, 'pinning a session');
    return service(ctx).pin(meetingId, startsAt, roomId);
  }

  @Mutation(() => Meeting, { description: 'Lets plans move the session again' })
  unpinMeeting(@Ctx() ctx: MeetingsContext, @Arg('meetingId', () => ID) meetingId: string): Promise<Meeting> {
    allow(ctx, WRITE, 'unpinning a session');
    return service(ctx).unpin(meetingId);
  }
}

@Resolver(() => PlannedSessionType)
export class PlannedSessionResolver {
  @FieldResolver(() => Meeting, { nullable: true })
  meeting(@Root() session: PlannedSessionType, @Ctx() ctx: MeetingsContext): Promise<Meeting | undefined> {
    return ctx.loaders.meeting.load(session.sessionId).then((m) => m ?? undefined);
  }

  @FieldResolver(() => Room, { nullable: true })
  room(@Root() session: PlannedSessionType, @Ctx() ctx: MeetingsContext): Promise<Room | undefined> {
    return session.roomId ? ctx.loaders.room.load(session.roomId).then((r) => r ?? undefined) : Promise.resolve(undefined);
  }
}

@Resolver(() => Meeting)
export class MeetingRoomResolver {
  @FieldResolver(() => Room, { nullable: true, description: 'The room, once a plan or the secretariat gave one' })
  room(@Root() meeting: Meeting, @Ctx() ctx: MeetingsContext): Promise<Room | undefined> {
    return meeting.roomId ? ctx.loaders.room.load(meeting.roomId).then((r) => r ?? undefined) : Promise.resolve(undefined);
  }
}
