/**
 * The group responses that carry only an error. JoinGroup and SyncGroup are parked and answered
 * from several places (the coordinator, the rebalancer, a replaced static member), so their error
 * shapes are written once here.
 */
import type { ErrorCode } from '../../proto/errors';
import type { JoinGroupResponse, SyncGroupResponse } from '../api/groups';

export function joinErrorResponse(memberId: string, errorCode: ErrorCode): JoinGroupResponse {
  return { errorCode, generationId: -1, protocolType: '', protocolName: '', leader: '', memberId, members: [] };
}

export function syncErrorResponse(errorCode: ErrorCode): SyncGroupResponse {
  return { errorCode, protocolType: '', protocolName: '', assignment: Buffer.alloc(0) };
}
