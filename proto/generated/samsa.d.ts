import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace samsa. */
export namespace samsa {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a RequestHeader.
         * @deprecated Use samsa.v1.RequestHeader.$Properties instead.
         */
        interface IRequestHeader extends samsa.v1.RequestHeader.$Properties {
        }

        /** Represents a RequestHeader. */
        class RequestHeader {

            /**
             * Constructs a new RequestHeader.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.RequestHeader.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RequestHeader apiKey. */
            apiKey: number;

            /** RequestHeader apiVersion. */
            apiVersion: number;

            /** RequestHeader correlationId. */
            correlationId: number;

            /** RequestHeader clientId. */
            clientId: string;

            /**
             * Creates a new RequestHeader instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RequestHeader instance
             */
            static create(properties: samsa.v1.RequestHeader.$Shape): samsa.v1.RequestHeader & samsa.v1.RequestHeader.$Shape;
            static create(properties?: samsa.v1.RequestHeader.$Properties): samsa.v1.RequestHeader;

            /**
             * Encodes the specified RequestHeader message. Does not implicitly {@link samsa.v1.RequestHeader.verify|verify} messages.
             * @param m RequestHeader message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.RequestHeader.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RequestHeader message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.RequestHeader & samsa.v1.RequestHeader.$Shape} RequestHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.RequestHeader & samsa.v1.RequestHeader.$Shape;

            /**
             * Creates a RequestHeader message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns RequestHeader
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.RequestHeader;

            /**
             * Creates a plain object from a RequestHeader message. Also converts values to other types if specified.
             * @param m RequestHeader
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.RequestHeader, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RequestHeader to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RequestHeader
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RequestHeader {

            /** Properties of a RequestHeader. */
            interface $Properties {

                /** RequestHeader apiKey */
                apiKey?: (number|null);

                /** RequestHeader apiVersion */
                apiVersion?: (number|null);

                /** RequestHeader correlationId */
                correlationId?: (number|null);

                /** RequestHeader clientId */
                clientId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RequestHeader. */
            type $Shape = samsa.v1.RequestHeader.$Properties;
        }

        /**
         * Properties of a Request.
         * @deprecated Use samsa.v1.Request.$Properties instead.
         */
        interface IRequest extends samsa.v1.Request.$Properties {
        }

        /** Represents a Request. */
        class Request {

            /**
             * Constructs a new Request.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.Request.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Request header. */
            header?: (samsa.v1.RequestHeader.$Properties|null);

            /** Request produce. */
            produce?: (samsa.v1.ProduceRequest.$Properties|null);

            /** Request fetch. */
            fetch?: (samsa.v1.FetchRequest.$Properties|null);

            /** Request listOffsets. */
            listOffsets?: (samsa.v1.ListOffsetsRequest.$Properties|null);

            /** Request metadata. */
            metadata?: (samsa.v1.MetadataRequest.$Properties|null);

            /** Request leaderAndIsr. */
            leaderAndIsr?: (samsa.v1.LeaderAndIsrRequest.$Properties|null);

            /** Request stopReplica. */
            stopReplica?: (samsa.v1.StopReplicaRequest.$Properties|null);

            /** Request updateMetadata. */
            updateMetadata?: (samsa.v1.UpdateMetadataRequest.$Properties|null);

            /** Request controlledShutdown. */
            controlledShutdown?: (samsa.v1.ControlledShutdownRequest.$Properties|null);

            /** Request offsetCommit. */
            offsetCommit?: (samsa.v1.OffsetCommitRequest.$Properties|null);

            /** Request offsetFetch. */
            offsetFetch?: (samsa.v1.OffsetFetchRequest.$Properties|null);

            /** Request findCoordinator. */
            findCoordinator?: (samsa.v1.FindCoordinatorRequest.$Properties|null);

            /** Request joinGroup. */
            joinGroup?: (samsa.v1.JoinGroupRequest.$Properties|null);

            /** Request heartbeat. */
            heartbeat?: (samsa.v1.HeartbeatRequest.$Properties|null);

            /** Request leaveGroup. */
            leaveGroup?: (samsa.v1.LeaveGroupRequest.$Properties|null);

            /** Request syncGroup. */
            syncGroup?: (samsa.v1.SyncGroupRequest.$Properties|null);

            /** Request describeGroups. */
            describeGroups?: (samsa.v1.DescribeGroupsRequest.$Properties|null);

            /** Request listGroups. */
            listGroups?: (samsa.v1.ListGroupsRequest.$Properties|null);

            /** Request describeConfigs. */
            describeConfigs?: (samsa.v1.DescribeConfigsRequest.$Properties|null);

            /** Request apiVersions. */
            apiVersions?: (samsa.v1.ApiVersionsRequest.$Properties|null);

            /** Request createTopics. */
            createTopics?: (samsa.v1.CreateTopicsRequest.$Properties|null);

            /** Request deleteTopics. */
            deleteTopics?: (samsa.v1.DeleteTopicsRequest.$Properties|null);

            /** Request initProducerId. */
            initProducerId?: (samsa.v1.InitProducerIdRequest.$Properties|null);

            /** Request offsetForLeaderEpoch. */
            offsetForLeaderEpoch?: (samsa.v1.OffsetForLeaderEpochRequest.$Properties|null);

            /** Request addPartitionsToTxn. */
            addPartitionsToTxn?: (samsa.v1.AddPartitionsToTxnRequest.$Properties|null);

            /** Request addOffsetsToTxn. */
            addOffsetsToTxn?: (samsa.v1.AddOffsetsToTxnRequest.$Properties|null);

            /** Request endTxn. */
            endTxn?: (samsa.v1.EndTxnRequest.$Properties|null);

            /** Request writeTxnMarkers. */
            writeTxnMarkers?: (samsa.v1.WriteTxnMarkersRequest.$Properties|null);

            /** Request txnOffsetCommit. */
            txnOffsetCommit?: (samsa.v1.TxnOffsetCommitRequest.$Properties|null);

            /** Request describeAcls. */
            describeAcls?: (samsa.v1.DescribeAclsRequest.$Properties|null);

            /** Request createAcls. */
            createAcls?: (samsa.v1.CreateAclsRequest.$Properties|null);

            /** Request deleteAcls. */
            deleteAcls?: (samsa.v1.DeleteAclsRequest.$Properties|null);

            /** Request deleteGroups. */
            deleteGroups?: (samsa.v1.DeleteGroupsRequest.$Properties|null);

            /** Request electLeaders. */
            electLeaders?: (samsa.v1.ElectLeadersRequest.$Properties|null);

            /** Request describeCluster. */
            describeCluster?: (samsa.v1.DescribeClusterRequest.$Properties|null);

            /** Request describeProducers. */
            describeProducers?: (samsa.v1.DescribeProducersRequest.$Properties|null);

            /** Request describeTransactions. */
            describeTransactions?: (samsa.v1.DescribeTransactionsRequest.$Properties|null);

            /** Request listTransactions. */
            listTransactions?: (samsa.v1.ListTransactionsRequest.$Properties|null);

            /** Request describeUserScramCredentials. */
            describeUserScramCredentials?: (samsa.v1.DescribeUserScramCredentialsRequest.$Properties|null);

            /** Request alterUserScramCredentials. */
            alterUserScramCredentials?: (samsa.v1.AlterUserScramCredentialsRequest.$Properties|null);

            /** Request saslHandshake. */
            saslHandshake?: (samsa.v1.SaslHandshakeRequest.$Properties|null);

            /** Request saslAuthenticate. */
            saslAuthenticate?: (samsa.v1.SaslAuthenticateRequest.$Properties|null);

            /** Request alterConfigs. */
            alterConfigs?: (samsa.v1.AlterConfigsRequest.$Properties|null);

            /** Request incrementalAlterConfigs. */
            incrementalAlterConfigs?: (samsa.v1.IncrementalAlterConfigsRequest.$Properties|null);

            /** Request body. */
            body?: ("produce"|"fetch"|"listOffsets"|"metadata"|"leaderAndIsr"|"stopReplica"|"updateMetadata"|"controlledShutdown"|"offsetCommit"|"offsetFetch"|"findCoordinator"|"joinGroup"|"heartbeat"|"leaveGroup"|"syncGroup"|"describeGroups"|"listGroups"|"describeConfigs"|"apiVersions"|"createTopics"|"deleteTopics"|"initProducerId"|"offsetForLeaderEpoch"|"addPartitionsToTxn"|"addOffsetsToTxn"|"endTxn"|"writeTxnMarkers"|"txnOffsetCommit"|"describeAcls"|"createAcls"|"deleteAcls"|"deleteGroups"|"electLeaders"|"describeCluster"|"describeProducers"|"describeTransactions"|"listTransactions"|"describeUserScramCredentials"|"alterUserScramCredentials"|"saslHandshake"|"saslAuthenticate"|"alterConfigs"|"incrementalAlterConfigs");

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            static create(properties: samsa.v1.Request.$Shape): samsa.v1.Request & samsa.v1.Request.$Shape;
            static create(properties?: samsa.v1.Request.$Properties): samsa.v1.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link samsa.v1.Request.verify|verify} messages.
             * @param m Request message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.Request.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.Request & samsa.v1.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.Request & samsa.v1.Request.$Shape;

            /**
             * Creates a Request message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Request
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.Request;

            /**
             * Creates a plain object from a Request message. Also converts values to other types if specified.
             * @param m Request
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.Request, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Request to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Request
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Request {

            /** Properties of a Request. */
            interface $Properties {

                /** Request header */
                header?: (samsa.v1.RequestHeader.$Properties|null);

                /** Request produce */
                produce?: (samsa.v1.ProduceRequest.$Properties|null);

                /** Request fetch */
                fetch?: (samsa.v1.FetchRequest.$Properties|null);

                /** Request listOffsets */
                listOffsets?: (samsa.v1.ListOffsetsRequest.$Properties|null);

                /** Request metadata */
                metadata?: (samsa.v1.MetadataRequest.$Properties|null);

                /** Request leaderAndIsr */
                leaderAndIsr?: (samsa.v1.LeaderAndIsrRequest.$Properties|null);

                /** Request stopReplica */
                stopReplica?: (samsa.v1.StopReplicaRequest.$Properties|null);

                /** Request updateMetadata */
                updateMetadata?: (samsa.v1.UpdateMetadataRequest.$Properties|null);

                /** Request controlledShutdown */
                controlledShutdown?: (samsa.v1.ControlledShutdownRequest.$Properties|null);

                /** Request offsetCommit */
                offsetCommit?: (samsa.v1.OffsetCommitRequest.$Properties|null);

                /** Request offsetFetch */
                offsetFetch?: (samsa.v1.OffsetFetchRequest.$Properties|null);

                /** Request findCoordinator */
                findCoordinator?: (samsa.v1.FindCoordinatorRequest.$Properties|null);

                /** Request joinGroup */
                joinGroup?: (samsa.v1.JoinGroupRequest.$Properties|null);

                /** Request heartbeat */
                heartbeat?: (samsa.v1.HeartbeatRequest.$Properties|null);

                /** Request leaveGroup */
                leaveGroup?: (samsa.v1.LeaveGroupRequest.$Properties|null);

                /** Request syncGroup */
                syncGroup?: (samsa.v1.SyncGroupRequest.$Properties|null);

                /** Request describeGroups */
                describeGroups?: (samsa.v1.DescribeGroupsRequest.$Properties|null);

                /** Request listGroups */
                listGroups?: (samsa.v1.ListGroupsRequest.$Properties|null);

                /** Request describeConfigs */
                describeConfigs?: (samsa.v1.DescribeConfigsRequest.$Properties|null);

                /** Request apiVersions */
                apiVersions?: (samsa.v1.ApiVersionsRequest.$Properties|null);

                /** Request createTopics */
                createTopics?: (samsa.v1.CreateTopicsRequest.$Properties|null);

                /** Request deleteTopics */
                deleteTopics?: (samsa.v1.DeleteTopicsRequest.$Properties|null);

                /** Request initProducerId */
                initProducerId?: (samsa.v1.InitProducerIdRequest.$Properties|null);

                /** Request offsetForLeaderEpoch */
                offsetForLeaderEpoch?: (samsa.v1.OffsetForLeaderEpochRequest.$Properties|null);

                /** Request addPartitionsToTxn */
                addPartitionsToTxn?: (samsa.v1.AddPartitionsToTxnRequest.$Properties|null);

                /** Request addOffsetsToTxn */
                addOffsetsToTxn?: (samsa.v1.AddOffsetsToTxnRequest.$Properties|null);

                /** Request endTxn */
                endTxn?: (samsa.v1.EndTxnRequest.$Properties|null);

                /** Request writeTxnMarkers */
                writeTxnMarkers?: (samsa.v1.WriteTxnMarkersRequest.$Properties|null);

                /** Request txnOffsetCommit */
                txnOffsetCommit?: (samsa.v1.TxnOffsetCommitRequest.$Properties|null);

                /** Request describeAcls */
                describeAcls?: (samsa.v1.DescribeAclsRequest.$Properties|null);

                /** Request createAcls */
                createAcls?: (samsa.v1.CreateAclsRequest.$Properties|null);

                /** Request deleteAcls */
                deleteAcls?: (samsa.v1.DeleteAclsRequest.$Properties|null);

                /** Request deleteGroups */
                deleteGroups?: (samsa.v1.DeleteGroupsRequest.$Properties|null);

                /** Request electLeaders */
                electLeaders?: (samsa.v1.ElectLeadersRequest.$Properties|null);

                /** Request describeCluster */
                describeCluster?: (samsa.v1.DescribeClusterRequest.$Properties|null);

                /** Request describeProducers */
                describeProducers?: (samsa.v1.DescribeProducersRequest.$Properties|null);

                /** Request describeTransactions */
                describeTransactions?: (samsa.v1.DescribeTransactionsRequest.$Properties|null);

                /** Request listTransactions */
                listTransactions?: (samsa.v1.ListTransactionsRequest.$Properties|null);

                /** Request describeUserScramCredentials */
                describeUserScramCredentials?: (samsa.v1.DescribeUserScramCredentialsRequest.$Properties|null);

                /** Request alterUserScramCredentials */
                alterUserScramCredentials?: (samsa.v1.AlterUserScramCredentialsRequest.$Properties|null);

                /** Request saslHandshake */
                saslHandshake?: (samsa.v1.SaslHandshakeRequest.$Properties|null);

                /** Request saslAuthenticate */
                saslAuthenticate?: (samsa.v1.SaslAuthenticateRequest.$Properties|null);

                /** Request alterConfigs */
                alterConfigs?: (samsa.v1.AlterConfigsRequest.$Properties|null);

                /** Request incrementalAlterConfigs */
                incrementalAlterConfigs?: (samsa.v1.IncrementalAlterConfigsRequest.$Properties|null);

                /** Request body */
                body?: ("produce"|"fetch"|"listOffsets"|"metadata"|"leaderAndIsr"|"stopReplica"|"updateMetadata"|"controlledShutdown"|"offsetCommit"|"offsetFetch"|"findCoordinator"|"joinGroup"|"heartbeat"|"leaveGroup"|"syncGroup"|"describeGroups"|"listGroups"|"describeConfigs"|"apiVersions"|"createTopics"|"deleteTopics"|"initProducerId"|"offsetForLeaderEpoch"|"addPartitionsToTxn"|"addOffsetsToTxn"|"endTxn"|"writeTxnMarkers"|"txnOffsetCommit"|"describeAcls"|"createAcls"|"deleteAcls"|"deleteGroups"|"electLeaders"|"describeCluster"|"describeProducers"|"describeTransactions"|"listTransactions"|"describeUserScramCredentials"|"alterUserScramCredentials"|"saslHandshake"|"saslAuthenticate"|"alterConfigs"|"incrementalAlterConfigs");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Request. */
            type $Shape = {
              header?: samsa.v1.RequestHeader.$Shape|null;
              produce?: samsa.v1.ProduceRequest.$Shape|null;
              fetch?: samsa.v1.FetchRequest.$Shape|null;
              listOffsets?: samsa.v1.ListOffsetsRequest.$Shape|null;
              metadata?: samsa.v1.MetadataRequest.$Shape|null;
              leaderAndIsr?: samsa.v1.LeaderAndIsrRequest.$Shape|null;
              stopReplica?: samsa.v1.StopReplicaRequest.$Shape|null;
              updateMetadata?: samsa.v1.UpdateMetadataRequest.$Shape|null;
              controlledShutdown?: samsa.v1.ControlledShutdownRequest.$Shape|null;
              offsetCommit?: samsa.v1.OffsetCommitRequest.$Shape|null;
              offsetFetch?: samsa.v1.OffsetFetchRequest.$Shape|null;
              findCoordinator?: samsa.v1.FindCoordinatorRequest.$Shape|null;
              joinGroup?: samsa.v1.JoinGroupRequest.$Shape|null;
              heartbeat?: samsa.v1.HeartbeatRequest.$Shape|null;
              leaveGroup?: samsa.v1.LeaveGroupRequest.$Shape|null;
              syncGroup?: samsa.v1.SyncGroupRequest.$Shape|null;
              describeGroups?: samsa.v1.DescribeGroupsRequest.$Shape|null;
              listGroups?: samsa.v1.ListGroupsRequest.$Shape|null;
              describeConfigs?: samsa.v1.DescribeConfigsRequest.$Shape|null;
              apiVersions?: samsa.v1.ApiVersionsRequest.$Shape|null;
              createTopics?: samsa.v1.CreateTopicsRequest.$Shape|null;
              deleteTopics?: samsa.v1.DeleteTopicsRequest.$Shape|null;
              initProducerId?: samsa.v1.InitProducerIdRequest.$Shape|null;
              offsetForLeaderEpoch?: samsa.v1.OffsetForLeaderEpochRequest.$Shape|null;
              addPartitionsToTxn?: samsa.v1.AddPartitionsToTxnRequest.$Shape|null;
              addOffsetsToTxn?: samsa.v1.AddOffsetsToTxnRequest.$Shape|null;
              endTxn?: samsa.v1.EndTxnRequest.$Shape|null;
              writeTxnMarkers?: samsa.v1.WriteTxnMarkersRequest.$Shape|null;
              txnOffsetCommit?: samsa.v1.TxnOffsetCommitRequest.$Shape|null;
              describeAcls?: samsa.v1.DescribeAclsRequest.$Shape|null;
              createAcls?: samsa.v1.CreateAclsRequest.$Shape|null;
              deleteAcls?: samsa.v1.DeleteAclsRequest.$Shape|null;
              deleteGroups?: samsa.v1.DeleteGroupsRequest.$Shape|null;
              electLeaders?: samsa.v1.ElectLeadersRequest.$Shape|null;
              describeCluster?: samsa.v1.DescribeClusterRequest.$Shape|null;
              describeProducers?: samsa.v1.DescribeProducersRequest.$Shape|null;
              describeTransactions?: samsa.v1.DescribeTransactionsRequest.$Shape|null;
              listTransactions?: samsa.v1.ListTransactionsRequest.$Shape|null;
              describeUserScramCredentials?: samsa.v1.DescribeUserScramCredentialsRequest.$Shape|null;
              alterUserScramCredentials?: samsa.v1.AlterUserScramCredentialsRequest.$Shape|null;
              saslHandshake?: samsa.v1.SaslHandshakeRequest.$Shape|null;
              saslAuthenticate?: samsa.v1.SaslAuthenticateRequest.$Shape|null;
              alterConfigs?: samsa.v1.AlterConfigsRequest.$Shape|null;
              incrementalAlterConfigs?: samsa.v1.IncrementalAlterConfigsRequest.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "produce"; produce: samsa.v1.ProduceRequest.$Shape; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "fetch"; produce?: null; fetch: samsa.v1.FetchRequest.$Shape; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "listOffsets"; produce?: null; fetch?: null; listOffsets: samsa.v1.ListOffsetsRequest.$Shape; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "metadata"; produce?: null; fetch?: null; listOffsets?: null; metadata: samsa.v1.MetadataRequest.$Shape; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "leaderAndIsr"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr: samsa.v1.LeaderAndIsrRequest.$Shape; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "stopReplica"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica: samsa.v1.StopReplicaRequest.$Shape; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "updateMetadata"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata: samsa.v1.UpdateMetadataRequest.$Shape; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "controlledShutdown"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown: samsa.v1.ControlledShutdownRequest.$Shape; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "offsetCommit"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit: samsa.v1.OffsetCommitRequest.$Shape; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "offsetFetch"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch: samsa.v1.OffsetFetchRequest.$Shape; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "findCoordinator"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator: samsa.v1.FindCoordinatorRequest.$Shape; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "joinGroup"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup: samsa.v1.JoinGroupRequest.$Shape; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "heartbeat"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat: samsa.v1.HeartbeatRequest.$Shape; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "leaveGroup"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup: samsa.v1.LeaveGroupRequest.$Shape; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "syncGroup"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup: samsa.v1.SyncGroupRequest.$Shape; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "describeGroups"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups: samsa.v1.DescribeGroupsRequest.$Shape; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "listGroups"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups: samsa.v1.ListGroupsRequest.$Shape; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "describeConfigs"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs: samsa.v1.DescribeConfigsRequest.$Shape; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "apiVersions"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions: samsa.v1.ApiVersionsRequest.$Shape; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "createTopics"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics: samsa.v1.CreateTopicsRequest.$Shape; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "deleteTopics"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics: samsa.v1.DeleteTopicsRequest.$Shape; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "initProducerId"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId: samsa.v1.InitProducerIdRequest.$Shape; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "offsetForLeaderEpoch"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch: samsa.v1.OffsetForLeaderEpochRequest.$Shape; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "addPartitionsToTxn"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn: samsa.v1.AddPartitionsToTxnRequest.$Shape; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "addOffsetsToTxn"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn: samsa.v1.AddOffsetsToTxnRequest.$Shape; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "endTxn"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn: samsa.v1.EndTxnRequest.$Shape; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "writeTxnMarkers"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers: samsa.v1.WriteTxnMarkersRequest.$Shape; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "txnOffsetCommit"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit: samsa.v1.TxnOffsetCommitRequest.$Shape; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "describeAcls"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls: samsa.v1.DescribeAclsRequest.$Shape; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "createAcls"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls: samsa.v1.CreateAclsRequest.$Shape; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "deleteAcls"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls: samsa.v1.DeleteAclsRequest.$Shape; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "deleteGroups"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups: samsa.v1.DeleteGroupsRequest.$Shape; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "electLeaders"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders: samsa.v1.ElectLeadersRequest.$Shape; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "describeCluster"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster: samsa.v1.DescribeClusterRequest.$Shape; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "describeProducers"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers: samsa.v1.DescribeProducersRequest.$Shape; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "describeTransactions"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions: samsa.v1.DescribeTransactionsRequest.$Shape; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "listTransactions"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions: samsa.v1.ListTransactionsRequest.$Shape; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "describeUserScramCredentials"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials: samsa.v1.DescribeUserScramCredentialsRequest.$Shape; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "alterUserScramCredentials"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials: samsa.v1.AlterUserScramCredentialsRequest.$Shape; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "saslHandshake"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake: samsa.v1.SaslHandshakeRequest.$Shape; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "saslAuthenticate"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate: samsa.v1.SaslAuthenticateRequest.$Shape; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "alterConfigs"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs: samsa.v1.AlterConfigsRequest.$Shape; incrementalAlterConfigs?: null }|{ body?: "incrementalAlterConfigs"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs: samsa.v1.IncrementalAlterConfigsRequest.$Shape })
            );
        }

        /**
         * Properties of a Response.
         * @deprecated Use samsa.v1.Response.$Properties instead.
         */
        interface IResponse extends samsa.v1.Response.$Properties {
        }

        /** Represents a Response. */
        class Response {

            /**
             * Constructs a new Response.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.Response.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Response correlationId. */
            correlationId: number;

            /** Response errorCode. */
            errorCode: number;

            /** Response errorMessage. */
            errorMessage: string;

            /** Response produce. */
            produce?: (samsa.v1.ProduceResponse.$Properties|null);

            /** Response fetch. */
            fetch?: (samsa.v1.FetchResponse.$Properties|null);

            /** Response listOffsets. */
            listOffsets?: (samsa.v1.ListOffsetsResponse.$Properties|null);

            /** Response metadata. */
            metadata?: (samsa.v1.MetadataResponse.$Properties|null);

            /** Response leaderAndIsr. */
            leaderAndIsr?: (samsa.v1.LeaderAndIsrResponse.$Properties|null);

            /** Response stopReplica. */
            stopReplica?: (samsa.v1.StopReplicaResponse.$Properties|null);

            /** Response updateMetadata. */
            updateMetadata?: (samsa.v1.UpdateMetadataResponse.$Properties|null);

            /** Response controlledShutdown. */
            controlledShutdown?: (samsa.v1.ControlledShutdownResponse.$Properties|null);

            /** Response offsetCommit. */
            offsetCommit?: (samsa.v1.OffsetCommitResponse.$Properties|null);

            /** Response offsetFetch. */
            offsetFetch?: (samsa.v1.OffsetFetchResponse.$Properties|null);

            /** Response findCoordinator. */
            findCoordinator?: (samsa.v1.FindCoordinatorResponse.$Properties|null);

            /** Response joinGroup. */
            joinGroup?: (samsa.v1.JoinGroupResponse.$Properties|null);

            /** Response heartbeat. */
            heartbeat?: (samsa.v1.HeartbeatResponse.$Properties|null);

            /** Response leaveGroup. */
            leaveGroup?: (samsa.v1.LeaveGroupResponse.$Properties|null);

            /** Response syncGroup. */
            syncGroup?: (samsa.v1.SyncGroupResponse.$Properties|null);

            /** Response describeGroups. */
            describeGroups?: (samsa.v1.DescribeGroupsResponse.$Properties|null);

            /** Response listGroups. */
            listGroups?: (samsa.v1.ListGroupsResponse.$Properties|null);

            /** Response describeConfigs. */
            describeConfigs?: (samsa.v1.DescribeConfigsResponse.$Properties|null);

            /** Response apiVersions. */
            apiVersions?: (samsa.v1.ApiVersionsResponse.$Properties|null);

            /** Response createTopics. */
            createTopics?: (samsa.v1.CreateTopicsResponse.$Properties|null);

            /** Response deleteTopics. */
            deleteTopics?: (samsa.v1.DeleteTopicsResponse.$Properties|null);

            /** Response initProducerId. */
            initProducerId?: (samsa.v1.InitProducerIdResponse.$Properties|null);

            /** Response offsetForLeaderEpoch. */
            offsetForLeaderEpoch?: (samsa.v1.OffsetForLeaderEpochResponse.$Properties|null);

            /** Response addPartitionsToTxn. */
            addPartitionsToTxn?: (samsa.v1.AddPartitionsToTxnResponse.$Properties|null);

            /** Response addOffsetsToTxn. */
            addOffsetsToTxn?: (samsa.v1.AddOffsetsToTxnResponse.$Properties|null);

            /** Response endTxn. */
            endTxn?: (samsa.v1.EndTxnResponse.$Properties|null);

            /** Response writeTxnMarkers. */
            writeTxnMarkers?: (samsa.v1.WriteTxnMarkersResponse.$Properties|null);

            /** Response txnOffsetCommit. */
            txnOffsetCommit?: (samsa.v1.TxnOffsetCommitResponse.$Properties|null);

            /** Response describeAcls. */
            describeAcls?: (samsa.v1.DescribeAclsResponse.$Properties|null);

            /** Response createAcls. */
            createAcls?: (samsa.v1.CreateAclsResponse.$Properties|null);

            /** Response deleteAcls. */
            deleteAcls?: (samsa.v1.DeleteAclsResponse.$Properties|null);

            /** Response deleteGroups. */
            deleteGroups?: (samsa.v1.DeleteGroupsResponse.$Properties|null);

            /** Response electLeaders. */
            electLeaders?: (samsa.v1.ElectLeadersResponse.$Properties|null);

            /** Response describeCluster. */
            describeCluster?: (samsa.v1.DescribeClusterResponse.$Properties|null);

            /** Response describeProducers. */
            describeProducers?: (samsa.v1.DescribeProducersResponse.$Properties|null);

            /** Response describeTransactions. */
            describeTransactions?: (samsa.v1.DescribeTransactionsResponse.$Properties|null);

            /** Response listTransactions. */
            listTransactions?: (samsa.v1.ListTransactionsResponse.$Properties|null);

            /** Response describeUserScramCredentials. */
            describeUserScramCredentials?: (samsa.v1.DescribeUserScramCredentialsResponse.$Properties|null);

            /** Response alterUserScramCredentials. */
            alterUserScramCredentials?: (samsa.v1.AlterUserScramCredentialsResponse.$Properties|null);

            /** Response saslHandshake. */
            saslHandshake?: (samsa.v1.SaslHandshakeResponse.$Properties|null);

            /** Response saslAuthenticate. */
            saslAuthenticate?: (samsa.v1.SaslAuthenticateResponse.$Properties|null);

            /** Response alterConfigs. */
            alterConfigs?: (samsa.v1.AlterConfigsResponse.$Properties|null);

            /** Response incrementalAlterConfigs. */
            incrementalAlterConfigs?: (samsa.v1.IncrementalAlterConfigsResponse.$Properties|null);

            /** Response body. */
            body?: ("produce"|"fetch"|"listOffsets"|"metadata"|"leaderAndIsr"|"stopReplica"|"updateMetadata"|"controlledShutdown"|"offsetCommit"|"offsetFetch"|"findCoordinator"|"joinGroup"|"heartbeat"|"leaveGroup"|"syncGroup"|"describeGroups"|"listGroups"|"describeConfigs"|"apiVersions"|"createTopics"|"deleteTopics"|"initProducerId"|"offsetForLeaderEpoch"|"addPartitionsToTxn"|"addOffsetsToTxn"|"endTxn"|"writeTxnMarkers"|"txnOffsetCommit"|"describeAcls"|"createAcls"|"deleteAcls"|"deleteGroups"|"electLeaders"|"describeCluster"|"describeProducers"|"describeTransactions"|"listTransactions"|"describeUserScramCredentials"|"alterUserScramCredentials"|"saslHandshake"|"saslAuthenticate"|"alterConfigs"|"incrementalAlterConfigs");

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            static create(properties: samsa.v1.Response.$Shape): samsa.v1.Response & samsa.v1.Response.$Shape;
            static create(properties?: samsa.v1.Response.$Properties): samsa.v1.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link samsa.v1.Response.verify|verify} messages.
             * @param m Response message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.Response.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.Response & samsa.v1.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.Response & samsa.v1.Response.$Shape;

            /**
             * Creates a Response message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Response
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.Response;

            /**
             * Creates a plain object from a Response message. Also converts values to other types if specified.
             * @param m Response
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.Response, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Response to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Response
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Response {

            /** Properties of a Response. */
            interface $Properties {

                /** Response correlationId */
                correlationId?: (number|null);

                /** Response errorCode */
                errorCode?: (number|null);

                /** Response errorMessage */
                errorMessage?: (string|null);

                /** Response produce */
                produce?: (samsa.v1.ProduceResponse.$Properties|null);

                /** Response fetch */
                fetch?: (samsa.v1.FetchResponse.$Properties|null);

                /** Response listOffsets */
                listOffsets?: (samsa.v1.ListOffsetsResponse.$Properties|null);

                /** Response metadata */
                metadata?: (samsa.v1.MetadataResponse.$Properties|null);

                /** Response leaderAndIsr */
                leaderAndIsr?: (samsa.v1.LeaderAndIsrResponse.$Properties|null);

                /** Response stopReplica */
                stopReplica?: (samsa.v1.StopReplicaResponse.$Properties|null);

                /** Response updateMetadata */
                updateMetadata?: (samsa.v1.UpdateMetadataResponse.$Properties|null);

                /** Response controlledShutdown */
                controlledShutdown?: (samsa.v1.ControlledShutdownResponse.$Properties|null);

                /** Response offsetCommit */
                offsetCommit?: (samsa.v1.OffsetCommitResponse.$Properties|null);

                /** Response offsetFetch */
                offsetFetch?: (samsa.v1.OffsetFetchResponse.$Properties|null);

                /** Response findCoordinator */
                findCoordinator?: (samsa.v1.FindCoordinatorResponse.$Properties|null);

                /** Response joinGroup */
                joinGroup?: (samsa.v1.JoinGroupResponse.$Properties|null);

                /** Response heartbeat */
                heartbeat?: (samsa.v1.HeartbeatResponse.$Properties|null);

                /** Response leaveGroup */
                leaveGroup?: (samsa.v1.LeaveGroupResponse.$Properties|null);

                /** Response syncGroup */
                syncGroup?: (samsa.v1.SyncGroupResponse.$Properties|null);

                /** Response describeGroups */
                describeGroups?: (samsa.v1.DescribeGroupsResponse.$Properties|null);

                /** Response listGroups */
                listGroups?: (samsa.v1.ListGroupsResponse.$Properties|null);

                /** Response describeConfigs */
                describeConfigs?: (samsa.v1.DescribeConfigsResponse.$Properties|null);

                /** Response apiVersions */
                apiVersions?: (samsa.v1.ApiVersionsResponse.$Properties|null);

                /** Response createTopics */
                createTopics?: (samsa.v1.CreateTopicsResponse.$Properties|null);

                /** Response deleteTopics */
                deleteTopics?: (samsa.v1.DeleteTopicsResponse.$Properties|null);

                /** Response initProducerId */
                initProducerId?: (samsa.v1.InitProducerIdResponse.$Properties|null);

                /** Response offsetForLeaderEpoch */
                offsetForLeaderEpoch?: (samsa.v1.OffsetForLeaderEpochResponse.$Properties|null);

                /** Response addPartitionsToTxn */
                addPartitionsToTxn?: (samsa.v1.AddPartitionsToTxnResponse.$Properties|null);

                /** Response addOffsetsToTxn */
                addOffsetsToTxn?: (samsa.v1.AddOffsetsToTxnResponse.$Properties|null);

                /** Response endTxn */
                endTxn?: (samsa.v1.EndTxnResponse.$Properties|null);

                /** Response writeTxnMarkers */
                writeTxnMarkers?: (samsa.v1.WriteTxnMarkersResponse.$Properties|null);

                /** Response txnOffsetCommit */
                txnOffsetCommit?: (samsa.v1.TxnOffsetCommitResponse.$Properties|null);

                /** Response describeAcls */
                describeAcls?: (samsa.v1.DescribeAclsResponse.$Properties|null);

                /** Response createAcls */
                createAcls?: (samsa.v1.CreateAclsResponse.$Properties|null);

                /** Response deleteAcls */
                deleteAcls?: (samsa.v1.DeleteAclsResponse.$Properties|null);

                /** Response deleteGroups */
                deleteGroups?: (samsa.v1.DeleteGroupsResponse.$Properties|null);

                /** Response electLeaders */
                electLeaders?: (samsa.v1.ElectLeadersResponse.$Properties|null);

                /** Response describeCluster */
                describeCluster?: (samsa.v1.DescribeClusterResponse.$Properties|null);

                /** Response describeProducers */
                describeProducers?: (samsa.v1.DescribeProducersResponse.$Properties|null);

                /** Response describeTransactions */
                describeTransactions?: (samsa.v1.DescribeTransactionsResponse.$Properties|null);

                /** Response listTransactions */
                listTransactions?: (samsa.v1.ListTransactionsResponse.$Properties|null);

                /** Response describeUserScramCredentials */
                describeUserScramCredentials?: (samsa.v1.DescribeUserScramCredentialsResponse.$Properties|null);

                /** Response alterUserScramCredentials */
                alterUserScramCredentials?: (samsa.v1.AlterUserScramCredentialsResponse.$Properties|null);

                /** Response saslHandshake */
                saslHandshake?: (samsa.v1.SaslHandshakeResponse.$Properties|null);

                /** Response saslAuthenticate */
                saslAuthenticate?: (samsa.v1.SaslAuthenticateResponse.$Properties|null);

                /** Response alterConfigs */
                alterConfigs?: (samsa.v1.AlterConfigsResponse.$Properties|null);

                /** Response incrementalAlterConfigs */
                incrementalAlterConfigs?: (samsa.v1.IncrementalAlterConfigsResponse.$Properties|null);

                /** Response body */
                body?: ("produce"|"fetch"|"listOffsets"|"metadata"|"leaderAndIsr"|"stopReplica"|"updateMetadata"|"controlledShutdown"|"offsetCommit"|"offsetFetch"|"findCoordinator"|"joinGroup"|"heartbeat"|"leaveGroup"|"syncGroup"|"describeGroups"|"listGroups"|"describeConfigs"|"apiVersions"|"createTopics"|"deleteTopics"|"initProducerId"|"offsetForLeaderEpoch"|"addPartitionsToTxn"|"addOffsetsToTxn"|"endTxn"|"writeTxnMarkers"|"txnOffsetCommit"|"describeAcls"|"createAcls"|"deleteAcls"|"deleteGroups"|"electLeaders"|"describeCluster"|"describeProducers"|"describeTransactions"|"listTransactions"|"describeUserScramCredentials"|"alterUserScramCredentials"|"saslHandshake"|"saslAuthenticate"|"alterConfigs"|"incrementalAlterConfigs");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Response. */
            type $Shape = {
              correlationId?: number|null;
              errorCode?: number|null;
              errorMessage?: string|null;
              produce?: samsa.v1.ProduceResponse.$Shape|null;
              fetch?: samsa.v1.FetchResponse.$Shape|null;
              listOffsets?: samsa.v1.ListOffsetsResponse.$Shape|null;
              metadata?: samsa.v1.MetadataResponse.$Shape|null;
              leaderAndIsr?: samsa.v1.LeaderAndIsrResponse.$Shape|null;
              stopReplica?: samsa.v1.StopReplicaResponse.$Shape|null;
              updateMetadata?: samsa.v1.UpdateMetadataResponse.$Shape|null;
              controlledShutdown?: samsa.v1.ControlledShutdownResponse.$Shape|null;
              offsetCommit?: samsa.v1.OffsetCommitResponse.$Shape|null;
              offsetFetch?: samsa.v1.OffsetFetchResponse.$Shape|null;
              findCoordinator?: samsa.v1.FindCoordinatorResponse.$Shape|null;
              joinGroup?: samsa.v1.JoinGroupResponse.$Shape|null;
              heartbeat?: samsa.v1.HeartbeatResponse.$Shape|null;
              leaveGroup?: samsa.v1.LeaveGroupResponse.$Shape|null;
              syncGroup?: samsa.v1.SyncGroupResponse.$Shape|null;
              describeGroups?: samsa.v1.DescribeGroupsResponse.$Shape|null;
              listGroups?: samsa.v1.ListGroupsResponse.$Shape|null;
              describeConfigs?: samsa.v1.DescribeConfigsResponse.$Shape|null;
              apiVersions?: samsa.v1.ApiVersionsResponse.$Shape|null;
              createTopics?: samsa.v1.CreateTopicsResponse.$Shape|null;
              deleteTopics?: samsa.v1.DeleteTopicsResponse.$Shape|null;
              initProducerId?: samsa.v1.InitProducerIdResponse.$Shape|null;
              offsetForLeaderEpoch?: samsa.v1.OffsetForLeaderEpochResponse.$Shape|null;
              addPartitionsToTxn?: samsa.v1.AddPartitionsToTxnResponse.$Shape|null;
              addOffsetsToTxn?: samsa.v1.AddOffsetsToTxnResponse.$Shape|null;
              endTxn?: samsa.v1.EndTxnResponse.$Shape|null;
              writeTxnMarkers?: samsa.v1.WriteTxnMarkersResponse.$Shape|null;
              txnOffsetCommit?: samsa.v1.TxnOffsetCommitResponse.$Shape|null;
              describeAcls?: samsa.v1.DescribeAclsResponse.$Shape|null;
              createAcls?: samsa.v1.CreateAclsResponse.$Shape|null;
              deleteAcls?: samsa.v1.DeleteAclsResponse.$Shape|null;
              deleteGroups?: samsa.v1.DeleteGroupsResponse.$Shape|null;
              electLeaders?: samsa.v1.ElectLeadersResponse.$Shape|null;
              describeCluster?: samsa.v1.DescribeClusterResponse.$Shape|null;
              describeProducers?: samsa.v1.DescribeProducersResponse.$Shape|null;
              describeTransactions?: samsa.v1.DescribeTransactionsResponse.$Shape|null;
              listTransactions?: samsa.v1.ListTransactionsResponse.$Shape|null;
              describeUserScramCredentials?: samsa.v1.DescribeUserScramCredentialsResponse.$Shape|null;
              alterUserScramCredentials?: samsa.v1.AlterUserScramCredentialsResponse.$Shape|null;
              saslHandshake?: samsa.v1.SaslHandshakeResponse.$Shape|null;
              saslAuthenticate?: samsa.v1.SaslAuthenticateResponse.$Shape|null;
              alterConfigs?: samsa.v1.AlterConfigsResponse.$Shape|null;
              incrementalAlterConfigs?: samsa.v1.IncrementalAlterConfigsResponse.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "produce"; produce: samsa.v1.ProduceResponse.$Shape; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "fetch"; produce?: null; fetch: samsa.v1.FetchResponse.$Shape; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "listOffsets"; produce?: null; fetch?: null; listOffsets: samsa.v1.ListOffsetsResponse.$Shape; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "metadata"; produce?: null; fetch?: null; listOffsets?: null; metadata: samsa.v1.MetadataResponse.$Shape; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "leaderAndIsr"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr: samsa.v1.LeaderAndIsrResponse.$Shape; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "stopReplica"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica: samsa.v1.StopReplicaResponse.$Shape; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "updateMetadata"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata: samsa.v1.UpdateMetadataResponse.$Shape; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "controlledShutdown"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown: samsa.v1.ControlledShutdownResponse.$Shape; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "offsetCommit"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit: samsa.v1.OffsetCommitResponse.$Shape; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "offsetFetch"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch: samsa.v1.OffsetFetchResponse.$Shape; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "findCoordinator"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator: samsa.v1.FindCoordinatorResponse.$Shape; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "joinGroup"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup: samsa.v1.JoinGroupResponse.$Shape; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "heartbeat"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat: samsa.v1.HeartbeatResponse.$Shape; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "leaveGroup"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup: samsa.v1.LeaveGroupResponse.$Shape; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "syncGroup"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup: samsa.v1.SyncGroupResponse.$Shape; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "describeGroups"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups: samsa.v1.DescribeGroupsResponse.$Shape; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "listGroups"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups: samsa.v1.ListGroupsResponse.$Shape; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "describeConfigs"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs: samsa.v1.DescribeConfigsResponse.$Shape; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "apiVersions"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions: samsa.v1.ApiVersionsResponse.$Shape; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "createTopics"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics: samsa.v1.CreateTopicsResponse.$Shape; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "deleteTopics"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics: samsa.v1.DeleteTopicsResponse.$Shape; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "initProducerId"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId: samsa.v1.InitProducerIdResponse.$Shape; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "offsetForLeaderEpoch"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch: samsa.v1.OffsetForLeaderEpochResponse.$Shape; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "addPartitionsToTxn"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn: samsa.v1.AddPartitionsToTxnResponse.$Shape; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "addOffsetsToTxn"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn: samsa.v1.AddOffsetsToTxnResponse.$Shape; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "endTxn"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn: samsa.v1.EndTxnResponse.$Shape; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "writeTxnMarkers"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers: samsa.v1.WriteTxnMarkersResponse.$Shape; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "txnOffsetCommit"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit: samsa.v1.TxnOffsetCommitResponse.$Shape; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "describeAcls"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls: samsa.v1.DescribeAclsResponse.$Shape; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "createAcls"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls: samsa.v1.CreateAclsResponse.$Shape; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "deleteAcls"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls: samsa.v1.DeleteAclsResponse.$Shape; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "deleteGroups"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups: samsa.v1.DeleteGroupsResponse.$Shape; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "electLeaders"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders: samsa.v1.ElectLeadersResponse.$Shape; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "describeCluster"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster: samsa.v1.DescribeClusterResponse.$Shape; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "describeProducers"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers: samsa.v1.DescribeProducersResponse.$Shape; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "describeTransactions"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions: samsa.v1.DescribeTransactionsResponse.$Shape; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "listTransactions"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions: samsa.v1.ListTransactionsResponse.$Shape; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "describeUserScramCredentials"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials: samsa.v1.DescribeUserScramCredentialsResponse.$Shape; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "alterUserScramCredentials"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials: samsa.v1.AlterUserScramCredentialsResponse.$Shape; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "saslHandshake"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake: samsa.v1.SaslHandshakeResponse.$Shape; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "saslAuthenticate"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate: samsa.v1.SaslAuthenticateResponse.$Shape; alterConfigs?: null; incrementalAlterConfigs?: null }|{ body?: "alterConfigs"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs: samsa.v1.AlterConfigsResponse.$Shape; incrementalAlterConfigs?: null }|{ body?: "incrementalAlterConfigs"; produce?: null; fetch?: null; listOffsets?: null; metadata?: null; leaderAndIsr?: null; stopReplica?: null; updateMetadata?: null; controlledShutdown?: null; offsetCommit?: null; offsetFetch?: null; findCoordinator?: null; joinGroup?: null; heartbeat?: null; leaveGroup?: null; syncGroup?: null; describeGroups?: null; listGroups?: null; describeConfigs?: null; apiVersions?: null; createTopics?: null; deleteTopics?: null; initProducerId?: null; offsetForLeaderEpoch?: null; addPartitionsToTxn?: null; addOffsetsToTxn?: null; endTxn?: null; writeTxnMarkers?: null; txnOffsetCommit?: null; describeAcls?: null; createAcls?: null; deleteAcls?: null; deleteGroups?: null; electLeaders?: null; describeCluster?: null; describeProducers?: null; describeTransactions?: null; listTransactions?: null; describeUserScramCredentials?: null; alterUserScramCredentials?: null; saslHandshake?: null; saslAuthenticate?: null; alterConfigs?: null; incrementalAlterConfigs: samsa.v1.IncrementalAlterConfigsResponse.$Shape })
            );
        }

        /**
         * Properties of an ApiVersionsRequest.
         * @deprecated Use samsa.v1.ApiVersionsRequest.$Properties instead.
         */
        interface IApiVersionsRequest extends samsa.v1.ApiVersionsRequest.$Properties {
        }

        /** Represents an ApiVersionsRequest. */
        class ApiVersionsRequest {

            /**
             * Constructs a new ApiVersionsRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.ApiVersionsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ApiVersionsRequest clientSoftwareName. */
            clientSoftwareName: string;

            /** ApiVersionsRequest clientSoftwareVersion. */
            clientSoftwareVersion: string;

            /**
             * Creates a new ApiVersionsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ApiVersionsRequest instance
             */
            static create(properties: samsa.v1.ApiVersionsRequest.$Shape): samsa.v1.ApiVersionsRequest & samsa.v1.ApiVersionsRequest.$Shape;
            static create(properties?: samsa.v1.ApiVersionsRequest.$Properties): samsa.v1.ApiVersionsRequest;

            /**
             * Encodes the specified ApiVersionsRequest message. Does not implicitly {@link samsa.v1.ApiVersionsRequest.verify|verify} messages.
             * @param m ApiVersionsRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.ApiVersionsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ApiVersionsRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.ApiVersionsRequest & samsa.v1.ApiVersionsRequest.$Shape} ApiVersionsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.ApiVersionsRequest & samsa.v1.ApiVersionsRequest.$Shape;

            /**
             * Creates an ApiVersionsRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ApiVersionsRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.ApiVersionsRequest;

            /**
             * Creates a plain object from an ApiVersionsRequest message. Also converts values to other types if specified.
             * @param m ApiVersionsRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.ApiVersionsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ApiVersionsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ApiVersionsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ApiVersionsRequest {

            /** Properties of an ApiVersionsRequest. */
            interface $Properties {

                /** ApiVersionsRequest clientSoftwareName */
                clientSoftwareName?: (string|null);

                /** ApiVersionsRequest clientSoftwareVersion */
                clientSoftwareVersion?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ApiVersionsRequest. */
            type $Shape = samsa.v1.ApiVersionsRequest.$Properties;
        }

        /**
         * Properties of an ApiVersionsResponse.
         * @deprecated Use samsa.v1.ApiVersionsResponse.$Properties instead.
         */
        interface IApiVersionsResponse extends samsa.v1.ApiVersionsResponse.$Properties {
        }

        /** Represents an ApiVersionsResponse. */
        class ApiVersionsResponse {

            /**
             * Constructs a new ApiVersionsResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.ApiVersionsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ApiVersionsResponse errorCode. */
            errorCode: number;

            /** ApiVersionsResponse apiKeys. */
            apiKeys: samsa.v1.ApiVersionsResponse.ApiVersion.$Properties[];

            /**
             * Creates a new ApiVersionsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ApiVersionsResponse instance
             */
            static create(properties: samsa.v1.ApiVersionsResponse.$Shape): samsa.v1.ApiVersionsResponse & samsa.v1.ApiVersionsResponse.$Shape;
            static create(properties?: samsa.v1.ApiVersionsResponse.$Properties): samsa.v1.ApiVersionsResponse;

            /**
             * Encodes the specified ApiVersionsResponse message. Does not implicitly {@link samsa.v1.ApiVersionsResponse.verify|verify} messages.
             * @param m ApiVersionsResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.ApiVersionsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ApiVersionsResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.ApiVersionsResponse & samsa.v1.ApiVersionsResponse.$Shape} ApiVersionsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.ApiVersionsResponse & samsa.v1.ApiVersionsResponse.$Shape;

            /**
             * Creates an ApiVersionsResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ApiVersionsResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.ApiVersionsResponse;

            /**
             * Creates a plain object from an ApiVersionsResponse message. Also converts values to other types if specified.
             * @param m ApiVersionsResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.ApiVersionsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ApiVersionsResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ApiVersionsResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ApiVersionsResponse {

            /** Properties of an ApiVersionsResponse. */
            interface $Properties {

                /** ApiVersionsResponse errorCode */
                errorCode?: (number|null);

                /** ApiVersionsResponse apiKeys */
                apiKeys?: (samsa.v1.ApiVersionsResponse.ApiVersion.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ApiVersionsResponse. */
            type $Shape = samsa.v1.ApiVersionsResponse.$Properties;

            /**
             * Properties of an ApiVersion.
             * @deprecated Use samsa.v1.ApiVersionsResponse.ApiVersion.$Properties instead.
             */
            interface IApiVersion extends samsa.v1.ApiVersionsResponse.ApiVersion.$Properties {
            }

            /** Represents an ApiVersion. */
            class ApiVersion {

                /**
                 * Constructs a new ApiVersion.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.ApiVersionsResponse.ApiVersion.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ApiVersion apiKey. */
                apiKey: number;

                /** ApiVersion minVersion. */
                minVersion: number;

                /** ApiVersion maxVersion. */
                maxVersion: number;

                /**
                 * Creates a new ApiVersion instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ApiVersion instance
                 */
                static create(properties: samsa.v1.ApiVersionsResponse.ApiVersion.$Shape): samsa.v1.ApiVersionsResponse.ApiVersion & samsa.v1.ApiVersionsResponse.ApiVersion.$Shape;
                static create(properties?: samsa.v1.ApiVersionsResponse.ApiVersion.$Properties): samsa.v1.ApiVersionsResponse.ApiVersion;

                /**
                 * Encodes the specified ApiVersion message. Does not implicitly {@link samsa.v1.ApiVersionsResponse.ApiVersion.verify|verify} messages.
                 * @param m ApiVersion message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.ApiVersionsResponse.ApiVersion.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ApiVersion message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.ApiVersionsResponse.ApiVersion & samsa.v1.ApiVersionsResponse.ApiVersion.$Shape} ApiVersion
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.ApiVersionsResponse.ApiVersion & samsa.v1.ApiVersionsResponse.ApiVersion.$Shape;

                /**
                 * Creates an ApiVersion message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ApiVersion
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.ApiVersionsResponse.ApiVersion;

                /**
                 * Creates a plain object from an ApiVersion message. Also converts values to other types if specified.
                 * @param m ApiVersion
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.ApiVersionsResponse.ApiVersion, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ApiVersion to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ApiVersion
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ApiVersion {

                /** Properties of an ApiVersion. */
                interface $Properties {

                    /** ApiVersion apiKey */
                    apiKey?: (number|null);

                    /** ApiVersion minVersion */
                    minVersion?: (number|null);

                    /** ApiVersion maxVersion */
                    maxVersion?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ApiVersion. */
                type $Shape = samsa.v1.ApiVersionsResponse.ApiVersion.$Properties;
            }
        }

        /**
         * Properties of a MetadataRequest.
         * @deprecated Use samsa.v1.MetadataRequest.$Properties instead.
         */
        interface IMetadataRequest extends samsa.v1.MetadataRequest.$Properties {
        }

        /** Represents a MetadataRequest. */
        class MetadataRequest {

            /**
             * Constructs a new MetadataRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.MetadataRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MetadataRequest topics. */
            topics: string[];

            /** MetadataRequest allTopics. */
            allTopics: boolean;

            /** MetadataRequest allowAutoTopicCreation. */
            allowAutoTopicCreation: boolean;

            /**
             * Creates a new MetadataRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MetadataRequest instance
             */
            static create(properties: samsa.v1.MetadataRequest.$Shape): samsa.v1.MetadataRequest & samsa.v1.MetadataRequest.$Shape;
            static create(properties?: samsa.v1.MetadataRequest.$Properties): samsa.v1.MetadataRequest;

            /**
             * Encodes the specified MetadataRequest message. Does not implicitly {@link samsa.v1.MetadataRequest.verify|verify} messages.
             * @param m MetadataRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.MetadataRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MetadataRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.MetadataRequest & samsa.v1.MetadataRequest.$Shape} MetadataRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.MetadataRequest & samsa.v1.MetadataRequest.$Shape;

            /**
             * Creates a MetadataRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns MetadataRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.MetadataRequest;

            /**
             * Creates a plain object from a MetadataRequest message. Also converts values to other types if specified.
             * @param m MetadataRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.MetadataRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MetadataRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MetadataRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MetadataRequest {

            /** Properties of a MetadataRequest. */
            interface $Properties {

                /** MetadataRequest topics */
                topics?: (string[]|null);

                /** MetadataRequest allTopics */
                allTopics?: (boolean|null);

                /** MetadataRequest allowAutoTopicCreation */
                allowAutoTopicCreation?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MetadataRequest. */
            type $Shape = samsa.v1.MetadataRequest.$Properties;
        }

        /**
         * Properties of a MetadataResponse.
         * @deprecated Use samsa.v1.MetadataResponse.$Properties instead.
         */
        interface IMetadataResponse extends samsa.v1.MetadataResponse.$Properties {
        }

        /** Represents a MetadataResponse. */
        class MetadataResponse {

            /**
             * Constructs a new MetadataResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.MetadataResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MetadataResponse brokers. */
            brokers: samsa.v1.MetadataResponse.Broker.$Properties[];

            /** MetadataResponse clusterId. */
            clusterId: string;

            /** MetadataResponse controllerId. */
            controllerId: number;

            /** MetadataResponse topics. */
            topics: samsa.v1.MetadataResponse.TopicMetadata.$Properties[];

            /**
             * Creates a new MetadataResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MetadataResponse instance
             */
            static create(properties: samsa.v1.MetadataResponse.$Shape): samsa.v1.MetadataResponse & samsa.v1.MetadataResponse.$Shape;
            static create(properties?: samsa.v1.MetadataResponse.$Properties): samsa.v1.MetadataResponse;

            /**
             * Encodes the specified MetadataResponse message. Does not implicitly {@link samsa.v1.MetadataResponse.verify|verify} messages.
             * @param m MetadataResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.MetadataResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MetadataResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.MetadataResponse & samsa.v1.MetadataResponse.$Shape} MetadataResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.MetadataResponse & samsa.v1.MetadataResponse.$Shape;

            /**
             * Creates a MetadataResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns MetadataResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.MetadataResponse;

            /**
             * Creates a plain object from a MetadataResponse message. Also converts values to other types if specified.
             * @param m MetadataResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.MetadataResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MetadataResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MetadataResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MetadataResponse {

            /** Properties of a MetadataResponse. */
            interface $Properties {

                /** MetadataResponse brokers */
                brokers?: (samsa.v1.MetadataResponse.Broker.$Properties[]|null);

                /** MetadataResponse clusterId */
                clusterId?: (string|null);

                /** MetadataResponse controllerId */
                controllerId?: (number|null);

                /** MetadataResponse topics */
                topics?: (samsa.v1.MetadataResponse.TopicMetadata.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MetadataResponse. */
            type $Shape = samsa.v1.MetadataResponse.$Properties;

            /**
             * Properties of a Broker.
             * @deprecated Use samsa.v1.MetadataResponse.Broker.$Properties instead.
             */
            interface IBroker extends samsa.v1.MetadataResponse.Broker.$Properties {
            }

            /** Represents a Broker. */
            class Broker {

                /**
                 * Constructs a new Broker.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.MetadataResponse.Broker.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Broker nodeId. */
                nodeId: number;

                /** Broker host. */
                host: string;

                /** Broker port. */
                port: number;

                /** Broker rack. */
                rack: string;

                /**
                 * Creates a new Broker instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Broker instance
                 */
                static create(properties: samsa.v1.MetadataResponse.Broker.$Shape): samsa.v1.MetadataResponse.Broker & samsa.v1.MetadataResponse.Broker.$Shape;
                static create(properties?: samsa.v1.MetadataResponse.Broker.$Properties): samsa.v1.MetadataResponse.Broker;

                /**
                 * Encodes the specified Broker message. Does not implicitly {@link samsa.v1.MetadataResponse.Broker.verify|verify} messages.
                 * @param m Broker message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.MetadataResponse.Broker.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Broker message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.MetadataResponse.Broker & samsa.v1.MetadataResponse.Broker.$Shape} Broker
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.MetadataResponse.Broker & samsa.v1.MetadataResponse.Broker.$Shape;

                /**
                 * Creates a Broker message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Broker
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.MetadataResponse.Broker;

                /**
                 * Creates a plain object from a Broker message. Also converts values to other types if specified.
                 * @param m Broker
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.MetadataResponse.Broker, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Broker to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Broker
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Broker {

                /** Properties of a Broker. */
                interface $Properties {

                    /** Broker nodeId */
                    nodeId?: (number|null);

                    /** Broker host */
                    host?: (string|null);

                    /** Broker port */
                    port?: (number|null);

                    /** Broker rack */
                    rack?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Broker. */
                type $Shape = samsa.v1.MetadataResponse.Broker.$Properties;
            }

            /**
             * Properties of a TopicMetadata.
             * @deprecated Use samsa.v1.MetadataResponse.TopicMetadata.$Properties instead.
             */
            interface ITopicMetadata extends samsa.v1.MetadataResponse.TopicMetadata.$Properties {
            }

            /** Represents a TopicMetadata. */
            class TopicMetadata {

                /**
                 * Constructs a new TopicMetadata.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.MetadataResponse.TopicMetadata.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TopicMetadata errorCode. */
                errorCode: number;

                /** TopicMetadata name. */
                name: string;

                /** TopicMetadata isInternal. */
                isInternal: boolean;

                /** TopicMetadata partitions. */
                partitions: samsa.v1.MetadataResponse.PartitionMetadata.$Properties[];

                /**
                 * Creates a new TopicMetadata instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TopicMetadata instance
                 */
                static create(properties: samsa.v1.MetadataResponse.TopicMetadata.$Shape): samsa.v1.MetadataResponse.TopicMetadata & samsa.v1.MetadataResponse.TopicMetadata.$Shape;
                static create(properties?: samsa.v1.MetadataResponse.TopicMetadata.$Properties): samsa.v1.MetadataResponse.TopicMetadata;

                /**
                 * Encodes the specified TopicMetadata message. Does not implicitly {@link samsa.v1.MetadataResponse.TopicMetadata.verify|verify} messages.
                 * @param m TopicMetadata message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.MetadataResponse.TopicMetadata.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TopicMetadata message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.MetadataResponse.TopicMetadata & samsa.v1.MetadataResponse.TopicMetadata.$Shape} TopicMetadata
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.MetadataResponse.TopicMetadata & samsa.v1.MetadataResponse.TopicMetadata.$Shape;

                /**
                 * Creates a TopicMetadata message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns TopicMetadata
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.MetadataResponse.TopicMetadata;

                /**
                 * Creates a plain object from a TopicMetadata message. Also converts values to other types if specified.
                 * @param m TopicMetadata
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.MetadataResponse.TopicMetadata, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TopicMetadata to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for TopicMetadata
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TopicMetadata {

                /** Properties of a TopicMetadata. */
                interface $Properties {

                    /** TopicMetadata errorCode */
                    errorCode?: (number|null);

                    /** TopicMetadata name */
                    name?: (string|null);

                    /** TopicMetadata isInternal */
                    isInternal?: (boolean|null);

                    /** TopicMetadata partitions */
                    partitions?: (samsa.v1.MetadataResponse.PartitionMetadata.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TopicMetadata. */
                type $Shape = samsa.v1.MetadataResponse.TopicMetadata.$Properties;
            }

            /**
             * Properties of a PartitionMetadata.
             * @deprecated Use samsa.v1.MetadataResponse.PartitionMetadata.$Properties instead.
             */
            interface IPartitionMetadata extends samsa.v1.MetadataResponse.PartitionMetadata.$Properties {
            }

            /** Represents a PartitionMetadata. */
            class PartitionMetadata {

                /**
                 * Constructs a new PartitionMetadata.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.MetadataResponse.PartitionMetadata.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PartitionMetadata errorCode. */
                errorCode: number;

                /** PartitionMetadata partition. */
                partition: number;

                /** PartitionMetadata leaderId. */
                leaderId: number;

                /** PartitionMetadata leaderEpoch. */
                leaderEpoch: number;

                /** PartitionMetadata replicaNodes. */
                replicaNodes: number[];

                /** PartitionMetadata isrNodes. */
                isrNodes: number[];

                /** PartitionMetadata offlineReplicas. */
                offlineReplicas: number[];

                /**
                 * Creates a new PartitionMetadata instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PartitionMetadata instance
                 */
                static create(properties: samsa.v1.MetadataResponse.PartitionMetadata.$Shape): samsa.v1.MetadataResponse.PartitionMetadata & samsa.v1.MetadataResponse.PartitionMetadata.$Shape;
                static create(properties?: samsa.v1.MetadataResponse.PartitionMetadata.$Properties): samsa.v1.MetadataResponse.PartitionMetadata;

                /**
                 * Encodes the specified PartitionMetadata message. Does not implicitly {@link samsa.v1.MetadataResponse.PartitionMetadata.verify|verify} messages.
                 * @param m PartitionMetadata message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.MetadataResponse.PartitionMetadata.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PartitionMetadata message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.MetadataResponse.PartitionMetadata & samsa.v1.MetadataResponse.PartitionMetadata.$Shape} PartitionMetadata
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.MetadataResponse.PartitionMetadata & samsa.v1.MetadataResponse.PartitionMetadata.$Shape;

                /**
                 * Creates a PartitionMetadata message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns PartitionMetadata
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.MetadataResponse.PartitionMetadata;

                /**
                 * Creates a plain object from a PartitionMetadata message. Also converts values to other types if specified.
                 * @param m PartitionMetadata
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.MetadataResponse.PartitionMetadata, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PartitionMetadata to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PartitionMetadata
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PartitionMetadata {

                /** Properties of a PartitionMetadata. */
                interface $Properties {

                    /** PartitionMetadata errorCode */
                    errorCode?: (number|null);

                    /** PartitionMetadata partition */
                    partition?: (number|null);

                    /** PartitionMetadata leaderId */
                    leaderId?: (number|null);

                    /** PartitionMetadata leaderEpoch */
                    leaderEpoch?: (number|null);

                    /** PartitionMetadata replicaNodes */
                    replicaNodes?: (number[]|null);

                    /** PartitionMetadata isrNodes */
                    isrNodes?: (number[]|null);

                    /** PartitionMetadata offlineReplicas */
                    offlineReplicas?: (number[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PartitionMetadata. */
                type $Shape = samsa.v1.MetadataResponse.PartitionMetadata.$Properties;
            }
        }

        /**
         * Properties of a DescribeClusterRequest.
         * @deprecated Use samsa.v1.DescribeClusterRequest.$Properties instead.
         */
        interface IDescribeClusterRequest extends samsa.v1.DescribeClusterRequest.$Properties {
        }

        /** Represents a DescribeClusterRequest. */
        class DescribeClusterRequest {

            /**
             * Constructs a new DescribeClusterRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.DescribeClusterRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DescribeClusterRequest includeClusterAuthorizedOperations. */
            includeClusterAuthorizedOperations: boolean;

            /**
             * Creates a new DescribeClusterRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DescribeClusterRequest instance
             */
            static create(properties: samsa.v1.DescribeClusterRequest.$Shape): samsa.v1.DescribeClusterRequest & samsa.v1.DescribeClusterRequest.$Shape;
            static create(properties?: samsa.v1.DescribeClusterRequest.$Properties): samsa.v1.DescribeClusterRequest;

            /**
             * Encodes the specified DescribeClusterRequest message. Does not implicitly {@link samsa.v1.DescribeClusterRequest.verify|verify} messages.
             * @param m DescribeClusterRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.DescribeClusterRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DescribeClusterRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.DescribeClusterRequest & samsa.v1.DescribeClusterRequest.$Shape} DescribeClusterRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DescribeClusterRequest & samsa.v1.DescribeClusterRequest.$Shape;

            /**
             * Creates a DescribeClusterRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DescribeClusterRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.DescribeClusterRequest;

            /**
             * Creates a plain object from a DescribeClusterRequest message. Also converts values to other types if specified.
             * @param m DescribeClusterRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.DescribeClusterRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DescribeClusterRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DescribeClusterRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DescribeClusterRequest {

            /** Properties of a DescribeClusterRequest. */
            interface $Properties {

                /** DescribeClusterRequest includeClusterAuthorizedOperations */
                includeClusterAuthorizedOperations?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DescribeClusterRequest. */
            type $Shape = samsa.v1.DescribeClusterRequest.$Properties;
        }

        /**
         * Properties of a DescribeClusterResponse.
         * @deprecated Use samsa.v1.DescribeClusterResponse.$Properties instead.
         */
        interface IDescribeClusterResponse extends samsa.v1.DescribeClusterResponse.$Properties {
        }

        /** Represents a DescribeClusterResponse. */
        class DescribeClusterResponse {

            /**
             * Constructs a new DescribeClusterResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.DescribeClusterResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DescribeClusterResponse errorCode. */
            errorCode: number;

            /** DescribeClusterResponse errorMessage. */
            errorMessage: string;

            /** DescribeClusterResponse clusterId. */
            clusterId: string;

            /** DescribeClusterResponse controllerId. */
            controllerId: number;

            /** DescribeClusterResponse brokers. */
            brokers: samsa.v1.MetadataResponse.Broker.$Properties[];

            /** DescribeClusterResponse clusterAuthorizedOperations. */
            clusterAuthorizedOperations: number;

            /**
             * Creates a new DescribeClusterResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DescribeClusterResponse instance
             */
            static create(properties: samsa.v1.DescribeClusterResponse.$Shape): samsa.v1.DescribeClusterResponse & samsa.v1.DescribeClusterResponse.$Shape;
            static create(properties?: samsa.v1.DescribeClusterResponse.$Properties): samsa.v1.DescribeClusterResponse;

            /**
             * Encodes the specified DescribeClusterResponse message. Does not implicitly {@link samsa.v1.DescribeClusterResponse.verify|verify} messages.
             * @param m DescribeClusterResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.DescribeClusterResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DescribeClusterResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.DescribeClusterResponse & samsa.v1.DescribeClusterResponse.$Shape} DescribeClusterResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DescribeClusterResponse & samsa.v1.DescribeClusterResponse.$Shape;

            /**
             * Creates a DescribeClusterResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DescribeClusterResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.DescribeClusterResponse;

            /**
             * Creates a plain object from a DescribeClusterResponse message. Also converts values to other types if specified.
             * @param m DescribeClusterResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.DescribeClusterResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DescribeClusterResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DescribeClusterResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DescribeClusterResponse {

            /** Properties of a DescribeClusterResponse. */
            interface $Properties {

                /** DescribeClusterResponse errorCode */
                errorCode?: (number|null);

                /** DescribeClusterResponse errorMessage */
                errorMessage?: (string|null);

                /** DescribeClusterResponse clusterId */
                clusterId?: (string|null);

                /** DescribeClusterResponse controllerId */
                controllerId?: (number|null);

                /** DescribeClusterResponse brokers */
                brokers?: (samsa.v1.MetadataResponse.Broker.$Properties[]|null);

                /** DescribeClusterResponse clusterAuthorizedOperations */
                clusterAuthorizedOperations?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DescribeClusterResponse. */
            type $Shape = samsa.v1.DescribeClusterResponse.$Properties;
        }

        /**
         * Properties of a ProduceRequest.
         * @deprecated Use samsa.v1.ProduceRequest.$Properties instead.
         */
        interface IProduceRequest extends samsa.v1.ProduceRequest.$Properties {
        }

        /** Represents a ProduceRequest. */
        class ProduceRequest {

            /**
             * Constructs a new ProduceRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.ProduceRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProduceRequest acks. */
            acks: number;

            /** ProduceRequest timeoutMs. */
            timeoutMs: number;

            /** ProduceRequest topics. */
            topics: samsa.v1.ProduceRequest.TopicData.$Properties[];

            /** ProduceRequest transactionalId. */
            transactionalId: string;

            /**
             * Creates a new ProduceRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProduceRequest instance
             */
            static create(properties: samsa.v1.ProduceRequest.$Shape): samsa.v1.ProduceRequest & samsa.v1.ProduceRequest.$Shape;
            static create(properties?: samsa.v1.ProduceRequest.$Properties): samsa.v1.ProduceRequest;

            /**
             * Encodes the specified ProduceRequest message. Does not implicitly {@link samsa.v1.ProduceRequest.verify|verify} messages.
             * @param m ProduceRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.ProduceRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProduceRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.ProduceRequest & samsa.v1.ProduceRequest.$Shape} ProduceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.ProduceRequest & samsa.v1.ProduceRequest.$Shape;

            /**
             * Creates a ProduceRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ProduceRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.ProduceRequest;

            /**
             * Creates a plain object from a ProduceRequest message. Also converts values to other types if specified.
             * @param m ProduceRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.ProduceRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProduceRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ProduceRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProduceRequest {

            /** Properties of a ProduceRequest. */
            interface $Properties {

                /** ProduceRequest acks */
                acks?: (number|null);

                /** ProduceRequest timeoutMs */
                timeoutMs?: (number|null);

                /** ProduceRequest topics */
                topics?: (samsa.v1.ProduceRequest.TopicData.$Properties[]|null);

                /** ProduceRequest transactionalId */
                transactionalId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProduceRequest. */
            type $Shape = samsa.v1.ProduceRequest.$Properties;

            /**
             * Properties of a TopicData.
             * @deprecated Use samsa.v1.ProduceRequest.TopicData.$Properties instead.
             */
            interface ITopicData extends samsa.v1.ProduceRequest.TopicData.$Properties {
            }

            /** Represents a TopicData. */
            class TopicData {

                /**
                 * Constructs a new TopicData.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.ProduceRequest.TopicData.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TopicData name. */
                name: string;

                /** TopicData partitions. */
                partitions: samsa.v1.ProduceRequest.PartitionData.$Properties[];

                /**
                 * Creates a new TopicData instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TopicData instance
                 */
                static create(properties: samsa.v1.ProduceRequest.TopicData.$Shape): samsa.v1.ProduceRequest.TopicData & samsa.v1.ProduceRequest.TopicData.$Shape;
                static create(properties?: samsa.v1.ProduceRequest.TopicData.$Properties): samsa.v1.ProduceRequest.TopicData;

                /**
                 * Encodes the specified TopicData message. Does not implicitly {@link samsa.v1.ProduceRequest.TopicData.verify|verify} messages.
                 * @param m TopicData message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.ProduceRequest.TopicData.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TopicData message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.ProduceRequest.TopicData & samsa.v1.ProduceRequest.TopicData.$Shape} TopicData
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.ProduceRequest.TopicData & samsa.v1.ProduceRequest.TopicData.$Shape;

                /**
                 * Creates a TopicData message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns TopicData
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.ProduceRequest.TopicData;

                /**
                 * Creates a plain object from a TopicData message. Also converts values to other types if specified.
                 * @param m TopicData
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.ProduceRequest.TopicData, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TopicData to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for TopicData
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TopicData {

                /** Properties of a TopicData. */
                interface $Properties {

                    /** TopicData name */
                    name?: (string|null);

                    /** TopicData partitions */
                    partitions?: (samsa.v1.ProduceRequest.PartitionData.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TopicData. */
                type $Shape = samsa.v1.ProduceRequest.TopicData.$Properties;
            }

            /**
             * Properties of a PartitionData.
             * @deprecated Use samsa.v1.ProduceRequest.PartitionData.$Properties instead.
             */
            interface IPartitionData extends samsa.v1.ProduceRequest.PartitionData.$Properties {
            }

            /** Represents a PartitionData. */
            class PartitionData {

                /**
                 * Constructs a new PartitionData.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.ProduceRequest.PartitionData.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PartitionData partition. */
                partition: number;

                /** PartitionData records. */
                records: Uint8Array;

                /**
                 * Creates a new PartitionData instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PartitionData instance
                 */
                static create(properties: samsa.v1.ProduceRequest.PartitionData.$Shape): samsa.v1.ProduceRequest.PartitionData & samsa.v1.ProduceRequest.PartitionData.$Shape;
                static create(properties?: samsa.v1.ProduceRequest.PartitionData.$Properties): samsa.v1.ProduceRequest.PartitionData;

                /**
                 * Encodes the specified PartitionData message. Does not implicitly {@link samsa.v1.ProduceRequest.PartitionData.verify|verify} messages.
                 * @param m PartitionData message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.ProduceRequest.PartitionData.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PartitionData message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.ProduceRequest.PartitionData & samsa.v1.ProduceRequest.PartitionData.$Shape} PartitionData
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.ProduceRequest.PartitionData & samsa.v1.ProduceRequest.PartitionData.$Shape;

                /**
                 * Creates a PartitionData message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns PartitionData
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.ProduceRequest.PartitionData;

                /**
                 * Creates a plain object from a PartitionData message. Also converts values to other types if specified.
                 * @param m PartitionData
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.ProduceRequest.PartitionData, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PartitionData to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PartitionData
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PartitionData {

                /** Properties of a PartitionData. */
                interface $Properties {

                    /** PartitionData partition */
                    partition?: (number|null);

                    /** PartitionData records */
                    records?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PartitionData. */
                type $Shape = samsa.v1.ProduceRequest.PartitionData.$Properties;
            }
        }

        /**
         * Properties of a ProduceResponse.
         * @deprecated Use samsa.v1.ProduceResponse.$Properties instead.
         */
        interface IProduceResponse extends samsa.v1.ProduceResponse.$Properties {
        }

        /** Represents a ProduceResponse. */
        class ProduceResponse {

            /**
             * Constructs a new ProduceResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.ProduceResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProduceResponse topics. */
            topics: samsa.v1.ProduceResponse.TopicResponse.$Properties[];

            /** ProduceResponse throttleTimeMs. */
            throttleTimeMs: number;

            /**
             * Creates a new ProduceResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProduceResponse instance
             */
            static create(properties: samsa.v1.ProduceResponse.$Shape): samsa.v1.ProduceResponse & samsa.v1.ProduceResponse.$Shape;
            static create(properties?: samsa.v1.ProduceResponse.$Properties): samsa.v1.ProduceResponse;

            /**
             * Encodes the specified ProduceResponse message. Does not implicitly {@link samsa.v1.ProduceResponse.verify|verify} messages.
             * @param m ProduceResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.ProduceResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProduceResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.ProduceResponse & samsa.v1.ProduceResponse.$Shape} ProduceResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.ProduceResponse & samsa.v1.ProduceResponse.$Shape;

            /**
             * Creates a ProduceResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ProduceResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.ProduceResponse;

            /**
             * Creates a plain object from a ProduceResponse message. Also converts values to other types if specified.
             * @param m ProduceResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.ProduceResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ProduceResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ProduceResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProduceResponse {

            /** Properties of a ProduceResponse. */
            interface $Properties {

                /** ProduceResponse topics */
                topics?: (samsa.v1.ProduceResponse.TopicResponse.$Properties[]|null);

                /** ProduceResponse throttleTimeMs */
                throttleTimeMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProduceResponse. */
            type $Shape = samsa.v1.ProduceResponse.$Properties;

            /**
             * Properties of a TopicResponse.
             * @deprecated Use samsa.v1.ProduceResponse.TopicResponse.$Properties instead.
             */
            interface ITopicResponse extends samsa.v1.ProduceResponse.TopicResponse.$Properties {
            }

            /** Represents a TopicResponse. */
            class TopicResponse {

                /**
                 * Constructs a new TopicResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.ProduceResponse.TopicResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TopicResponse name. */
                name: string;

                /** TopicResponse partitions. */
                partitions: samsa.v1.ProduceResponse.PartitionResponse.$Properties[];

                /**
                 * Creates a new TopicResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TopicResponse instance
                 */
                static create(properties: samsa.v1.ProduceResponse.TopicResponse.$Shape): samsa.v1.ProduceResponse.TopicResponse & samsa.v1.ProduceResponse.TopicResponse.$Shape;
                static create(properties?: samsa.v1.ProduceResponse.TopicResponse.$Properties): samsa.v1.ProduceResponse.TopicResponse;

                /**
                 * Encodes the specified TopicResponse message. Does not implicitly {@link samsa.v1.ProduceResponse.TopicResponse.verify|verify} messages.
                 * @param m TopicResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.ProduceResponse.TopicResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TopicResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.ProduceResponse.TopicResponse & samsa.v1.ProduceResponse.TopicResponse.$Shape} TopicResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.ProduceResponse.TopicResponse & samsa.v1.ProduceResponse.TopicResponse.$Shape;

                /**
                 * Creates a TopicResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns TopicResponse
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.ProduceResponse.TopicResponse;

                /**
                 * Creates a plain object from a TopicResponse message. Also converts values to other types if specified.
                 * @param m TopicResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.ProduceResponse.TopicResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TopicResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for TopicResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TopicResponse {

                /** Properties of a TopicResponse. */
                interface $Properties {

                    /** TopicResponse name */
                    name?: (string|null);

                    /** TopicResponse partitions */
                    partitions?: (samsa.v1.ProduceResponse.PartitionResponse.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TopicResponse. */
                type $Shape = samsa.v1.ProduceResponse.TopicResponse.$Properties;
            }

            /**
             * Properties of a PartitionResponse.
             * @deprecated Use samsa.v1.ProduceResponse.PartitionResponse.$Properties instead.
             */
            interface IPartitionResponse extends samsa.v1.ProduceResponse.PartitionResponse.$Properties {
            }

            /** Represents a PartitionResponse. */
            class PartitionResponse {

                /**
                 * Constructs a new PartitionResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.ProduceResponse.PartitionResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PartitionResponse partition. */
                partition: number;

                /** PartitionResponse errorCode. */
                errorCode: number;

                /** PartitionResponse baseOffset. */
                baseOffset: number;

                /** PartitionResponse logAppendTimeMs. */
                logAppendTimeMs: number;

                /** PartitionResponse logStartOffset. */
                logStartOffset: number;

                /** PartitionResponse errorMessage. */
                errorMessage: string;

                /** PartitionResponse leaderEpoch. */
                leaderEpoch: number;

                /**
                 * Creates a new PartitionResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PartitionResponse instance
                 */
                static create(properties: samsa.v1.ProduceResponse.PartitionResponse.$Shape): samsa.v1.ProduceResponse.PartitionResponse & samsa.v1.ProduceResponse.PartitionResponse.$Shape;
                static create(properties?: samsa.v1.ProduceResponse.PartitionResponse.$Properties): samsa.v1.ProduceResponse.PartitionResponse;

                /**
                 * Encodes the specified PartitionResponse message. Does not implicitly {@link samsa.v1.ProduceResponse.PartitionResponse.verify|verify} messages.
                 * @param m PartitionResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.ProduceResponse.PartitionResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PartitionResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.ProduceResponse.PartitionResponse & samsa.v1.ProduceResponse.PartitionResponse.$Shape} PartitionResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.ProduceResponse.PartitionResponse & samsa.v1.ProduceResponse.PartitionResponse.$Shape;

                /**
                 * Creates a PartitionResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns PartitionResponse
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.ProduceResponse.PartitionResponse;

                /**
                 * Creates a plain object from a PartitionResponse message. Also converts values to other types if specified.
                 * @param m PartitionResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.ProduceResponse.PartitionResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PartitionResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PartitionResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PartitionResponse {

                /** Properties of a PartitionResponse. */
                interface $Properties {

                    /** PartitionResponse partition */
                    partition?: (number|null);

                    /** PartitionResponse errorCode */
                    errorCode?: (number|null);

                    /** PartitionResponse baseOffset */
                    baseOffset?: (number|null);

                    /** PartitionResponse logAppendTimeMs */
                    logAppendTimeMs?: (number|null);

                    /** PartitionResponse logStartOffset */
                    logStartOffset?: (number|null);

                    /** PartitionResponse errorMessage */
                    errorMessage?: (string|null);

                    /** PartitionResponse leaderEpoch */
                    leaderEpoch?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PartitionResponse. */
                type $Shape = samsa.v1.ProduceResponse.PartitionResponse.$Properties;
            }
        }

        /**
         * Properties of a FetchRequest.
         * @deprecated Use samsa.v1.FetchRequest.$Properties instead.
         */
        interface IFetchRequest extends samsa.v1.FetchRequest.$Properties {
        }

        /** Represents a FetchRequest. */
        class FetchRequest {

            /**
             * Constructs a new FetchRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.FetchRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FetchRequest replicaId. */
            replicaId: number;

            /** FetchRequest maxWaitMs. */
            maxWaitMs: number;

            /** FetchRequest minBytes. */
            minBytes: number;

            /** FetchRequest maxBytes. */
            maxBytes: number;

            /** FetchRequest isolationLevel. */
            isolationLevel: number;

            /** FetchRequest topics. */
            topics: samsa.v1.FetchRequest.FetchTopic.$Properties[];

            /**
             * Creates a new FetchRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FetchRequest instance
             */
            static create(properties: samsa.v1.FetchRequest.$Shape): samsa.v1.FetchRequest & samsa.v1.FetchRequest.$Shape;
            static create(properties?: samsa.v1.FetchRequest.$Properties): samsa.v1.FetchRequest;

            /**
             * Encodes the specified FetchRequest message. Does not implicitly {@link samsa.v1.FetchRequest.verify|verify} messages.
             * @param m FetchRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.FetchRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FetchRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.FetchRequest & samsa.v1.FetchRequest.$Shape} FetchRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.FetchRequest & samsa.v1.FetchRequest.$Shape;

            /**
             * Creates a FetchRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns FetchRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.FetchRequest;

            /**
             * Creates a plain object from a FetchRequest message. Also converts values to other types if specified.
             * @param m FetchRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.FetchRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FetchRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FetchRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FetchRequest {

            /** Properties of a FetchRequest. */
            interface $Properties {

                /** FetchRequest replicaId */
                replicaId?: (number|null);

                /** FetchRequest maxWaitMs */
                maxWaitMs?: (number|null);

                /** FetchRequest minBytes */
                minBytes?: (number|null);

                /** FetchRequest maxBytes */
                maxBytes?: (number|null);

                /** FetchRequest isolationLevel */
                isolationLevel?: (number|null);

                /** FetchRequest topics */
                topics?: (samsa.v1.FetchRequest.FetchTopic.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FetchRequest. */
            type $Shape = samsa.v1.FetchRequest.$Properties;

            /**
             * Properties of a FetchTopic.
             * @deprecated Use samsa.v1.FetchRequest.FetchTopic.$Properties instead.
             */
            interface IFetchTopic extends samsa.v1.FetchRequest.FetchTopic.$Properties {
            }

            /** Represents a FetchTopic. */
            class FetchTopic {

                /**
                 * Constructs a new FetchTopic.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.FetchRequest.FetchTopic.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** FetchTopic name. */
                name: string;

                /** FetchTopic partitions. */
                partitions: samsa.v1.FetchRequest.FetchPartition.$Properties[];

                /**
                 * Creates a new FetchTopic instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns FetchTopic instance
                 */
                static create(properties: samsa.v1.FetchRequest.FetchTopic.$Shape): samsa.v1.FetchRequest.FetchTopic & samsa.v1.FetchRequest.FetchTopic.$Shape;
                static create(properties?: samsa.v1.FetchRequest.FetchTopic.$Properties): samsa.v1.FetchRequest.FetchTopic;

                /**
                 * Encodes the specified FetchTopic message. Does not implicitly {@link samsa.v1.FetchRequest.FetchTopic.verify|verify} messages.
                 * @param m FetchTopic message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.FetchRequest.FetchTopic.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a FetchTopic message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.FetchRequest.FetchTopic & samsa.v1.FetchRequest.FetchTopic.$Shape} FetchTopic
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.FetchRequest.FetchTopic & samsa.v1.FetchRequest.FetchTopic.$Shape;

                /**
                 * Creates a FetchTopic message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns FetchTopic
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.FetchRequest.FetchTopic;

                /**
                 * Creates a plain object from a FetchTopic message. Also converts values to other types if specified.
                 * @param m FetchTopic
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.FetchRequest.FetchTopic, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this FetchTopic to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for FetchTopic
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace FetchTopic {

                /** Properties of a FetchTopic. */
                interface $Properties {

                    /** FetchTopic name */
                    name?: (string|null);

                    /** FetchTopic partitions */
                    partitions?: (samsa.v1.FetchRequest.FetchPartition.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a FetchTopic. */
                type $Shape = samsa.v1.FetchRequest.FetchTopic.$Properties;
            }

            /**
             * Properties of a FetchPartition.
             * @deprecated Use samsa.v1.FetchRequest.FetchPartition.$Properties instead.
             */
            interface IFetchPartition extends samsa.v1.FetchRequest.FetchPartition.$Properties {
            }

            /** Represents a FetchPartition. */
            class FetchPartition {

                /**
                 * Constructs a new FetchPartition.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.FetchRequest.FetchPartition.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** FetchPartition partition. */
                partition: number;

                /** FetchPartition currentLeaderEpoch. */
                currentLeaderEpoch: number;

                /** FetchPartition fetchOffset. */
                fetchOffset: number;

                /** FetchPartition logStartOffset. */
                logStartOffset: number;

                /** FetchPartition partitionMaxBytes. */
                partitionMaxBytes: number;

                /**
                 * Creates a new FetchPartition instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns FetchPartition instance
                 */
                static create(properties: samsa.v1.FetchRequest.FetchPartition.$Shape): samsa.v1.FetchRequest.FetchPartition & samsa.v1.FetchRequest.FetchPartition.$Shape;
                static create(properties?: samsa.v1.FetchRequest.FetchPartition.$Properties): samsa.v1.FetchRequest.FetchPartition;

                /**
                 * Encodes the specified FetchPartition message. Does not implicitly {@link samsa.v1.FetchRequest.FetchPartition.verify|verify} messages.
                 * @param m FetchPartition message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.FetchRequest.FetchPartition.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a FetchPartition message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.FetchRequest.FetchPartition & samsa.v1.FetchRequest.FetchPartition.$Shape} FetchPartition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.FetchRequest.FetchPartition & samsa.v1.FetchRequest.FetchPartition.$Shape;

                /**
                 * Creates a FetchPartition message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns FetchPartition
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.FetchRequest.FetchPartition;

                /**
                 * Creates a plain object from a FetchPartition message. Also converts values to other types if specified.
                 * @param m FetchPartition
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.FetchRequest.FetchPartition, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this FetchPartition to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for FetchPartition
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace FetchPartition {

                /** Properties of a FetchPartition. */
                interface $Properties {

                    /** FetchPartition partition */
                    partition?: (number|null);

                    /** FetchPartition currentLeaderEpoch */
                    currentLeaderEpoch?: (number|null);

                    /** FetchPartition fetchOffset */
                    fetchOffset?: (number|null);

                    /** FetchPartition logStartOffset */
                    logStartOffset?: (number|null);

                    /** FetchPartition partitionMaxBytes */
                    partitionMaxBytes?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a FetchPartition. */
                type $Shape = samsa.v1.FetchRequest.FetchPartition.$Properties;
            }
        }

        /**
         * Properties of a FetchResponse.
         * @deprecated Use samsa.v1.FetchResponse.$Properties instead.
         */
        interface IFetchResponse extends samsa.v1.FetchResponse.$Properties {
        }

        /** Represents a FetchResponse. */
        class FetchResponse {

            /**
             * Constructs a new FetchResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.FetchResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FetchResponse throttleTimeMs. */
            throttleTimeMs: number;

            /** FetchResponse errorCode. */
            errorCode: number;

            /** FetchResponse topics. */
            topics: samsa.v1.FetchResponse.FetchableTopicResponse.$Properties[];

            /**
             * Creates a new FetchResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FetchResponse instance
             */
            static create(properties: samsa.v1.FetchResponse.$Shape): samsa.v1.FetchResponse & samsa.v1.FetchResponse.$Shape;
            static create(properties?: samsa.v1.FetchResponse.$Properties): samsa.v1.FetchResponse;

            /**
             * Encodes the specified FetchResponse message. Does not implicitly {@link samsa.v1.FetchResponse.verify|verify} messages.
             * @param m FetchResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.FetchResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FetchResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.FetchResponse & samsa.v1.FetchResponse.$Shape} FetchResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.FetchResponse & samsa.v1.FetchResponse.$Shape;

            /**
             * Creates a FetchResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns FetchResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.FetchResponse;

            /**
             * Creates a plain object from a FetchResponse message. Also converts values to other types if specified.
             * @param m FetchResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.FetchResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FetchResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FetchResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FetchResponse {

            /** Properties of a FetchResponse. */
            interface $Properties {

                /** FetchResponse throttleTimeMs */
                throttleTimeMs?: (number|null);

                /** FetchResponse errorCode */
                errorCode?: (number|null);

                /** FetchResponse topics */
                topics?: (samsa.v1.FetchResponse.FetchableTopicResponse.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FetchResponse. */
            type $Shape = samsa.v1.FetchResponse.$Properties;

            /**
             * Properties of a FetchableTopicResponse.
             * @deprecated Use samsa.v1.FetchResponse.FetchableTopicResponse.$Properties instead.
             */
            interface IFetchableTopicResponse extends samsa.v1.FetchResponse.FetchableTopicResponse.$Properties {
            }

            /** Represents a FetchableTopicResponse. */
            class FetchableTopicResponse {

                /**
                 * Constructs a new FetchableTopicResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.FetchResponse.FetchableTopicResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** FetchableTopicResponse name. */
                name: string;

                /** FetchableTopicResponse partitions. */
                partitions: samsa.v1.FetchResponse.PartitionData.$Properties[];

                /**
                 * Creates a new FetchableTopicResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns FetchableTopicResponse instance
                 */
                static create(properties: samsa.v1.FetchResponse.FetchableTopicResponse.$Shape): samsa.v1.FetchResponse.FetchableTopicResponse & samsa.v1.FetchResponse.FetchableTopicResponse.$Shape;
                static create(properties?: samsa.v1.FetchResponse.FetchableTopicResponse.$Properties): samsa.v1.FetchResponse.FetchableTopicResponse;

                /**
                 * Encodes the specified FetchableTopicResponse message. Does not implicitly {@link samsa.v1.FetchResponse.FetchableTopicResponse.verify|verify} messages.
                 * @param m FetchableTopicResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.FetchResponse.FetchableTopicResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a FetchableTopicResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.FetchResponse.FetchableTopicResponse & samsa.v1.FetchResponse.FetchableTopicResponse.$Shape} FetchableTopicResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.FetchResponse.FetchableTopicResponse & samsa.v1.FetchResponse.FetchableTopicResponse.$Shape;

                /**
                 * Creates a FetchableTopicResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns FetchableTopicResponse
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.FetchResponse.FetchableTopicResponse;

                /**
                 * Creates a plain object from a FetchableTopicResponse message. Also converts values to other types if specified.
                 * @param m FetchableTopicResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.FetchResponse.FetchableTopicResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this FetchableTopicResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for FetchableTopicResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace FetchableTopicResponse {

                /** Properties of a FetchableTopicResponse. */
                interface $Properties {

                    /** FetchableTopicResponse name */
                    name?: (string|null);

                    /** FetchableTopicResponse partitions */
                    partitions?: (samsa.v1.FetchResponse.PartitionData.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a FetchableTopicResponse. */
                type $Shape = samsa.v1.FetchResponse.FetchableTopicResponse.$Properties;
            }

            /**
             * Properties of a PartitionData.
             * @deprecated Use samsa.v1.FetchResponse.PartitionData.$Properties instead.
             */
            interface IPartitionData extends samsa.v1.FetchResponse.PartitionData.$Properties {
            }

            /** Represents a PartitionData. */
            class PartitionData {

                /**
                 * Constructs a new PartitionData.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.FetchResponse.PartitionData.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PartitionData partition. */
                partition: number;

                /** PartitionData errorCode. */
                errorCode: number;

                /** PartitionData highWatermark. */
                highWatermark: number;

                /** PartitionData lastStableOffset. */
                lastStableOffset: number;

                /** PartitionData logStartOffset. */
                logStartOffset: number;

                /** PartitionData records. */
                records: Uint8Array;

                /** PartitionData abortedTransactions. */
                abortedTransactions: samsa.v1.FetchResponse.AbortedTransaction.$Properties[];

                /**
                 * Creates a new PartitionData instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PartitionData instance
                 */
                static create(properties: samsa.v1.FetchResponse.PartitionData.$Shape): samsa.v1.FetchResponse.PartitionData & samsa.v1.FetchResponse.PartitionData.$Shape;
                static create(properties?: samsa.v1.FetchResponse.PartitionData.$Properties): samsa.v1.FetchResponse.PartitionData;

                /**
                 * Encodes the specified PartitionData message. Does not implicitly {@link samsa.v1.FetchResponse.PartitionData.verify|verify} messages.
                 * @param m PartitionData message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.FetchResponse.PartitionData.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PartitionData message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.FetchResponse.PartitionData & samsa.v1.FetchResponse.PartitionData.$Shape} PartitionData
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.FetchResponse.PartitionData & samsa.v1.FetchResponse.PartitionData.$Shape;

                /**
                 * Creates a PartitionData message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns PartitionData
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.FetchResponse.PartitionData;

                /**
                 * Creates a plain object from a PartitionData message. Also converts values to other types if specified.
                 * @param m PartitionData
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.FetchResponse.PartitionData, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PartitionData to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PartitionData
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PartitionData {

                /** Properties of a PartitionData. */
                interface $Properties {

                    /** PartitionData partition */
                    partition?: (number|null);

                    /** PartitionData errorCode */
                    errorCode?: (number|null);

                    /** PartitionData highWatermark */
                    highWatermark?: (number|null);

                    /** PartitionData lastStableOffset */
                    lastStableOffset?: (number|null);

                    /** PartitionData logStartOffset */
                    logStartOffset?: (number|null);

                    /** PartitionData records */
                    records?: (Uint8Array|null);

                    /** PartitionData abortedTransactions */
                    abortedTransactions?: (samsa.v1.FetchResponse.AbortedTransaction.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PartitionData. */
                type $Shape = samsa.v1.FetchResponse.PartitionData.$Properties;
            }

            /**
             * Properties of an AbortedTransaction.
             * @deprecated Use samsa.v1.FetchResponse.AbortedTransaction.$Properties instead.
             */
            interface IAbortedTransaction extends samsa.v1.FetchResponse.AbortedTransaction.$Properties {
            }

            /** Represents an AbortedTransaction. */
            class AbortedTransaction {

                /**
                 * Constructs a new AbortedTransaction.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.FetchResponse.AbortedTransaction.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AbortedTransaction producerId. */
                producerId: number;

                /** AbortedTransaction firstOffset. */
                firstOffset: number;

                /**
                 * Creates a new AbortedTransaction instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AbortedTransaction instance
                 */
                static create(properties: samsa.v1.FetchResponse.AbortedTransaction.$Shape): samsa.v1.FetchResponse.AbortedTransaction & samsa.v1.FetchResponse.AbortedTransaction.$Shape;
                static create(properties?: samsa.v1.FetchResponse.AbortedTransaction.$Properties): samsa.v1.FetchResponse.AbortedTransaction;

                /**
                 * Encodes the specified AbortedTransaction message. Does not implicitly {@link samsa.v1.FetchResponse.AbortedTransaction.verify|verify} messages.
                 * @param m AbortedTransaction message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.FetchResponse.AbortedTransaction.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AbortedTransaction message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.FetchResponse.AbortedTransaction & samsa.v1.FetchResponse.AbortedTransaction.$Shape} AbortedTransaction
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.FetchResponse.AbortedTransaction & samsa.v1.FetchResponse.AbortedTransaction.$Shape;

                /**
                 * Creates an AbortedTransaction message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns AbortedTransaction
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.FetchResponse.AbortedTransaction;

                /**
                 * Creates a plain object from an AbortedTransaction message. Also converts values to other types if specified.
                 * @param m AbortedTransaction
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.FetchResponse.AbortedTransaction, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AbortedTransaction to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AbortedTransaction
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AbortedTransaction {

                /** Properties of an AbortedTransaction. */
                interface $Properties {

                    /** AbortedTransaction producerId */
                    producerId?: (number|null);

                    /** AbortedTransaction firstOffset */
                    firstOffset?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AbortedTransaction. */
                type $Shape = samsa.v1.FetchResponse.AbortedTransaction.$Properties;
            }
        }

        /**
         * Properties of a ListOffsetsRequest.
         * @deprecated Use samsa.v1.ListOffsetsRequest.$Properties instead.
         */
        interface IListOffsetsRequest extends samsa.v1.ListOffsetsRequest.$Properties {
        }

        /** Represents a ListOffsetsRequest. */
        class ListOffsetsRequest {

            /**
             * Constructs a new ListOffsetsRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.ListOffsetsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListOffsetsRequest replicaId. */
            replicaId: number;

            /** ListOffsetsRequest isolationLevel. */
            isolationLevel: number;

            /** ListOffsetsRequest topics. */
            topics: samsa.v1.ListOffsetsRequest.ListOffsetsTopic.$Properties[];

            /**
             * Creates a new ListOffsetsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListOffsetsRequest instance
             */
            static create(properties: samsa.v1.ListOffsetsRequest.$Shape): samsa.v1.ListOffsetsRequest & samsa.v1.ListOffsetsRequest.$Shape;
            static create(properties?: samsa.v1.ListOffsetsRequest.$Properties): samsa.v1.ListOffsetsRequest;

            /**
             * Encodes the specified ListOffsetsRequest message. Does not implicitly {@link samsa.v1.ListOffsetsRequest.verify|verify} messages.
             * @param m ListOffsetsRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.ListOffsetsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListOffsetsRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.ListOffsetsRequest & samsa.v1.ListOffsetsRequest.$Shape} ListOffsetsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.ListOffsetsRequest & samsa.v1.ListOffsetsRequest.$Shape;

            /**
             * Creates a ListOffsetsRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ListOffsetsRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.ListOffsetsRequest;

            /**
             * Creates a plain object from a ListOffsetsRequest message. Also converts values to other types if specified.
             * @param m ListOffsetsRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.ListOffsetsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListOffsetsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListOffsetsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListOffsetsRequest {

            /** Properties of a ListOffsetsRequest. */
            interface $Properties {

                /** ListOffsetsRequest replicaId */
                replicaId?: (number|null);

                /** ListOffsetsRequest isolationLevel */
                isolationLevel?: (number|null);

                /** ListOffsetsRequest topics */
                topics?: (samsa.v1.ListOffsetsRequest.ListOffsetsTopic.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListOffsetsRequest. */
            type $Shape = samsa.v1.ListOffsetsRequest.$Properties;

            /**
             * Properties of a ListOffsetsTopic.
             * @deprecated Use samsa.v1.ListOffsetsRequest.ListOffsetsTopic.$Properties instead.
             */
            interface IListOffsetsTopic extends samsa.v1.ListOffsetsRequest.ListOffsetsTopic.$Properties {
            }

            /** Represents a ListOffsetsTopic. */
            class ListOffsetsTopic {

                /**
                 * Constructs a new ListOffsetsTopic.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.ListOffsetsRequest.ListOffsetsTopic.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListOffsetsTopic name. */
                name: string;

                /** ListOffsetsTopic partitions. */
                partitions: samsa.v1.ListOffsetsRequest.ListOffsetsPartition.$Properties[];

                /**
                 * Creates a new ListOffsetsTopic instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListOffsetsTopic instance
                 */
                static create(properties: samsa.v1.ListOffsetsRequest.ListOffsetsTopic.$Shape): samsa.v1.ListOffsetsRequest.ListOffsetsTopic & samsa.v1.ListOffsetsRequest.ListOffsetsTopic.$Shape;
                static create(properties?: samsa.v1.ListOffsetsRequest.ListOffsetsTopic.$Properties): samsa.v1.ListOffsetsRequest.ListOffsetsTopic;

                /**
                 * Encodes the specified ListOffsetsTopic message. Does not implicitly {@link samsa.v1.ListOffsetsRequest.ListOffsetsTopic.verify|verify} messages.
                 * @param m ListOffsetsTopic message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.ListOffsetsRequest.ListOffsetsTopic.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListOffsetsTopic message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.ListOffsetsRequest.ListOffsetsTopic & samsa.v1.ListOffsetsRequest.ListOffsetsTopic.$Shape} ListOffsetsTopic
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.ListOffsetsRequest.ListOffsetsTopic & samsa.v1.ListOffsetsRequest.ListOffsetsTopic.$Shape;

                /**
                 * Creates a ListOffsetsTopic message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ListOffsetsTopic
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.ListOffsetsRequest.ListOffsetsTopic;

                /**
                 * Creates a plain object from a ListOffsetsTopic message. Also converts values to other types if specified.
                 * @param m ListOffsetsTopic
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.ListOffsetsRequest.ListOffsetsTopic, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListOffsetsTopic to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListOffsetsTopic
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListOffsetsTopic {

                /** Properties of a ListOffsetsTopic. */
                interface $Properties {

                    /** ListOffsetsTopic name */
                    name?: (string|null);

                    /** ListOffsetsTopic partitions */
                    partitions?: (samsa.v1.ListOffsetsRequest.ListOffsetsPartition.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListOffsetsTopic. */
                type $Shape = samsa.v1.ListOffsetsRequest.ListOffsetsTopic.$Properties;
            }

            /**
             * Properties of a ListOffsetsPartition.
             * @deprecated Use samsa.v1.ListOffsetsRequest.ListOffsetsPartition.$Properties instead.
             */
            interface IListOffsetsPartition extends samsa.v1.ListOffsetsRequest.ListOffsetsPartition.$Properties {
            }

            /** Represents a ListOffsetsPartition. */
            class ListOffsetsPartition {

                /**
                 * Constructs a new ListOffsetsPartition.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.ListOffsetsRequest.ListOffsetsPartition.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListOffsetsPartition partition. */
                partition: number;

                /** ListOffsetsPartition currentLeaderEpoch. */
                currentLeaderEpoch: number;

                /** ListOffsetsPartition timestamp. */
                timestamp: number;

                /**
                 * Creates a new ListOffsetsPartition instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListOffsetsPartition instance
                 */
                static create(properties: samsa.v1.ListOffsetsRequest.ListOffsetsPartition.$Shape): samsa.v1.ListOffsetsRequest.ListOffsetsPartition & samsa.v1.ListOffsetsRequest.ListOffsetsPartition.$Shape;
                static create(properties?: samsa.v1.ListOffsetsRequest.ListOffsetsPartition.$Properties): samsa.v1.ListOffsetsRequest.ListOffsetsPartition;

                /**
                 * Encodes the specified ListOffsetsPartition message. Does not implicitly {@link samsa.v1.ListOffsetsRequest.ListOffsetsPartition.verify|verify} messages.
                 * @param m ListOffsetsPartition message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.ListOffsetsRequest.ListOffsetsPartition.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListOffsetsPartition message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.ListOffsetsRequest.ListOffsetsPartition & samsa.v1.ListOffsetsRequest.ListOffsetsPartition.$Shape} ListOffsetsPartition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.ListOffsetsRequest.ListOffsetsPartition & samsa.v1.ListOffsetsRequest.ListOffsetsPartition.$Shape;

                /**
                 * Creates a ListOffsetsPartition message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ListOffsetsPartition
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.ListOffsetsRequest.ListOffsetsPartition;

                /**
                 * Creates a plain object from a ListOffsetsPartition message. Also converts values to other types if specified.
                 * @param m ListOffsetsPartition
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.ListOffsetsRequest.ListOffsetsPartition, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListOffsetsPartition to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListOffsetsPartition
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListOffsetsPartition {

                /** Properties of a ListOffsetsPartition. */
                interface $Properties {

                    /** ListOffsetsPartition partition */
                    partition?: (number|null);

                    /** ListOffsetsPartition currentLeaderEpoch */
                    currentLeaderEpoch?: (number|null);

                    /** ListOffsetsPartition timestamp */
                    timestamp?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListOffsetsPartition. */
                type $Shape = samsa.v1.ListOffsetsRequest.ListOffsetsPartition.$Properties;
            }
        }

        /**
         * Properties of a ListOffsetsResponse.
         * @deprecated Use samsa.v1.ListOffsetsResponse.$Properties instead.
         */
        interface IListOffsetsResponse extends samsa.v1.ListOffsetsResponse.$Properties {
        }

        /** Represents a ListOffsetsResponse. */
        class ListOffsetsResponse {

            /**
             * Constructs a new ListOffsetsResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.ListOffsetsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListOffsetsResponse topics. */
            topics: samsa.v1.ListOffsetsResponse.ListOffsetsTopicResponse.$Properties[];

            /**
             * Creates a new ListOffsetsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListOffsetsResponse instance
             */
            static create(properties: samsa.v1.ListOffsetsResponse.$Shape): samsa.v1.ListOffsetsResponse & samsa.v1.ListOffsetsResponse.$Shape;
            static create(properties?: samsa.v1.ListOffsetsResponse.$Properties): samsa.v1.ListOffsetsResponse;

            /**
             * Encodes the specified ListOffsetsResponse message. Does not implicitly {@link samsa.v1.ListOffsetsResponse.verify|verify} messages.
             * @param m ListOffsetsResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.ListOffsetsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListOffsetsResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.ListOffsetsResponse & samsa.v1.ListOffsetsResponse.$Shape} ListOffsetsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.ListOffsetsResponse & samsa.v1.ListOffsetsResponse.$Shape;

            /**
             * Creates a ListOffsetsResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ListOffsetsResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.ListOffsetsResponse;

            /**
             * Creates a plain object from a ListOffsetsResponse message. Also converts values to other types if specified.
             * @param m ListOffsetsResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.ListOffsetsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListOffsetsResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListOffsetsResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListOffsetsResponse {

            /** Properties of a ListOffsetsResponse. */
            interface $Properties {

                /** ListOffsetsResponse topics */
                topics?: (samsa.v1.ListOffsetsResponse.ListOffsetsTopicResponse.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListOffsetsResponse. */
            type $Shape = samsa.v1.ListOffsetsResponse.$Properties;

            /**
             * Properties of a ListOffsetsTopicResponse.
             * @deprecated Use samsa.v1.ListOffsetsResponse.ListOffsetsTopicResponse.$Properties instead.
             */
            interface IListOffsetsTopicResponse extends samsa.v1.ListOffsetsResponse.ListOffsetsTopicResponse.$Properties {
            }

            /** Represents a ListOffsetsTopicResponse. */
            class ListOffsetsTopicResponse {

                /**
                 * Constructs a new ListOffsetsTopicResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.ListOffsetsResponse.ListOffsetsTopicResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListOffsetsTopicResponse name. */
                name: string;

                /** ListOffsetsTopicResponse partitions. */
                partitions: samsa.v1.ListOffsetsResponse.ListOffsetsPartitionResponse.$Properties[];

                /**
                 * Creates a new ListOffsetsTopicResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListOffsetsTopicResponse instance
                 */
                static create(properties: samsa.v1.ListOffsetsResponse.ListOffsetsTopicResponse.$Shape): samsa.v1.ListOffsetsResponse.ListOffsetsTopicResponse & samsa.v1.ListOffsetsResponse.ListOffsetsTopicResponse.$Shape;
                static create(properties?: samsa.v1.ListOffsetsResponse.ListOffsetsTopicResponse.$Properties): samsa.v1.ListOffsetsResponse.ListOffsetsTopicResponse;

                /**
                 * Encodes the specified ListOffsetsTopicResponse message. Does not implicitly {@link samsa.v1.ListOffsetsResponse.ListOffsetsTopicResponse.verify|verify} messages.
                 * @param m ListOffsetsTopicResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.ListOffsetsResponse.ListOffsetsTopicResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListOffsetsTopicResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.ListOffsetsResponse.ListOffsetsTopicResponse & samsa.v1.ListOffsetsResponse.ListOffsetsTopicResponse.$Shape} ListOffsetsTopicResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.ListOffsetsResponse.ListOffsetsTopicResponse & samsa.v1.ListOffsetsResponse.ListOffsetsTopicResponse.$Shape;

                /**
                 * Creates a ListOffsetsTopicResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ListOffsetsTopicResponse
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.ListOffsetsResponse.ListOffsetsTopicResponse;

                /**
                 * Creates a plain object from a ListOffsetsTopicResponse message. Also converts values to other types if specified.
                 * @param m ListOffsetsTopicResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.ListOffsetsResponse.ListOffsetsTopicResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListOffsetsTopicResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListOffsetsTopicResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListOffsetsTopicResponse {

                /** Properties of a ListOffsetsTopicResponse. */
                interface $Properties {

                    /** ListOffsetsTopicResponse name */
                    name?: (string|null);

                    /** ListOffsetsTopicResponse partitions */
                    partitions?: (samsa.v1.ListOffsetsResponse.ListOffsetsPartitionResponse.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListOffsetsTopicResponse. */
                type $Shape = samsa.v1.ListOffsetsResponse.ListOffsetsTopicResponse.$Properties;
            }

            /**
             * Properties of a ListOffsetsPartitionResponse.
             * @deprecated Use samsa.v1.ListOffsetsResponse.ListOffsetsPartitionResponse.$Properties instead.
             */
            interface IListOffsetsPartitionResponse extends samsa.v1.ListOffsetsResponse.ListOffsetsPartitionResponse.$Properties {
            }

            /** Represents a ListOffsetsPartitionResponse. */
            class ListOffsetsPartitionResponse {

                /**
                 * Constructs a new ListOffsetsPartitionResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.ListOffsetsResponse.ListOffsetsPartitionResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListOffsetsPartitionResponse partition. */
                partition: number;

                /** ListOffsetsPartitionResponse errorCode. */
                errorCode: number;

                /** ListOffsetsPartitionResponse timestamp. */
                timestamp: number;

                /** ListOffsetsPartitionResponse offset. */
                offset: number;

                /** ListOffsetsPartitionResponse leaderEpoch. */
                leaderEpoch: number;

                /**
                 * Creates a new ListOffsetsPartitionResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListOffsetsPartitionResponse instance
                 */
                static create(properties: samsa.v1.ListOffsetsResponse.ListOffsetsPartitionResponse.$Shape): samsa.v1.ListOffsetsResponse.ListOffsetsPartitionResponse & samsa.v1.ListOffsetsResponse.ListOffsetsPartitionResponse.$Shape;
                static create(properties?: samsa.v1.ListOffsetsResponse.ListOffsetsPartitionResponse.$Properties): samsa.v1.ListOffsetsResponse.ListOffsetsPartitionResponse;

                /**
                 * Encodes the specified ListOffsetsPartitionResponse message. Does not implicitly {@link samsa.v1.ListOffsetsResponse.ListOffsetsPartitionResponse.verify|verify} messages.
                 * @param m ListOffsetsPartitionResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.ListOffsetsResponse.ListOffsetsPartitionResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListOffsetsPartitionResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.ListOffsetsResponse.ListOffsetsPartitionResponse & samsa.v1.ListOffsetsResponse.ListOffsetsPartitionResponse.$Shape} ListOffsetsPartitionResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.ListOffsetsResponse.ListOffsetsPartitionResponse & samsa.v1.ListOffsetsResponse.ListOffsetsPartitionResponse.$Shape;

                /**
                 * Creates a ListOffsetsPartitionResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ListOffsetsPartitionResponse
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.ListOffsetsResponse.ListOffsetsPartitionResponse;

                /**
                 * Creates a plain object from a ListOffsetsPartitionResponse message. Also converts values to other types if specified.
                 * @param m ListOffsetsPartitionResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.ListOffsetsResponse.ListOffsetsPartitionResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListOffsetsPartitionResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListOffsetsPartitionResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListOffsetsPartitionResponse {

                /** Properties of a ListOffsetsPartitionResponse. */
                interface $Properties {

                    /** ListOffsetsPartitionResponse partition */
                    partition?: (number|null);

                    /** ListOffsetsPartitionResponse errorCode */
                    errorCode?: (number|null);

                    /** ListOffsetsPartitionResponse timestamp */
                    timestamp?: (number|null);

                    /** ListOffsetsPartitionResponse offset */
                    offset?: (number|null);

                    /** ListOffsetsPartitionResponse leaderEpoch */
                    leaderEpoch?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListOffsetsPartitionResponse. */
                type $Shape = samsa.v1.ListOffsetsResponse.ListOffsetsPartitionResponse.$Properties;
            }
        }

        /**
         * Properties of an InitProducerIdRequest.
         * @deprecated Use samsa.v1.InitProducerIdRequest.$Properties instead.
         */
        interface IInitProducerIdRequest extends samsa.v1.InitProducerIdRequest.$Properties {
        }

        /** Represents an InitProducerIdRequest. */
        class InitProducerIdRequest {

            /**
             * Constructs a new InitProducerIdRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.InitProducerIdRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** InitProducerIdRequest transactionalId. */
            transactionalId: string;

            /** InitProducerIdRequest transactionTimeoutMs. */
            transactionTimeoutMs: number;

            /** InitProducerIdRequest producerId. */
            producerId: number;

            /** InitProducerIdRequest producerEpoch. */
            producerEpoch: number;

            /**
             * Creates a new InitProducerIdRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns InitProducerIdRequest instance
             */
            static create(properties: samsa.v1.InitProducerIdRequest.$Shape): samsa.v1.InitProducerIdRequest & samsa.v1.InitProducerIdRequest.$Shape;
            static create(properties?: samsa.v1.InitProducerIdRequest.$Properties): samsa.v1.InitProducerIdRequest;

            /**
             * Encodes the specified InitProducerIdRequest message. Does not implicitly {@link samsa.v1.InitProducerIdRequest.verify|verify} messages.
             * @param m InitProducerIdRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.InitProducerIdRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an InitProducerIdRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.InitProducerIdRequest & samsa.v1.InitProducerIdRequest.$Shape} InitProducerIdRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.InitProducerIdRequest & samsa.v1.InitProducerIdRequest.$Shape;

            /**
             * Creates an InitProducerIdRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns InitProducerIdRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.InitProducerIdRequest;

            /**
             * Creates a plain object from an InitProducerIdRequest message. Also converts values to other types if specified.
             * @param m InitProducerIdRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.InitProducerIdRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this InitProducerIdRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for InitProducerIdRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace InitProducerIdRequest {

            /** Properties of an InitProducerIdRequest. */
            interface $Properties {

                /** InitProducerIdRequest transactionalId */
                transactionalId?: (string|null);

                /** InitProducerIdRequest transactionTimeoutMs */
                transactionTimeoutMs?: (number|null);

                /** InitProducerIdRequest producerId */
                producerId?: (number|null);

                /** InitProducerIdRequest producerEpoch */
                producerEpoch?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an InitProducerIdRequest. */
            type $Shape = samsa.v1.InitProducerIdRequest.$Properties;
        }

        /**
         * Properties of an InitProducerIdResponse.
         * @deprecated Use samsa.v1.InitProducerIdResponse.$Properties instead.
         */
        interface IInitProducerIdResponse extends samsa.v1.InitProducerIdResponse.$Properties {
        }

        /** Represents an InitProducerIdResponse. */
        class InitProducerIdResponse {

            /**
             * Constructs a new InitProducerIdResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.InitProducerIdResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** InitProducerIdResponse errorCode. */
            errorCode: number;

            /** InitProducerIdResponse producerId. */
            producerId: number;

            /** InitProducerIdResponse producerEpoch. */
            producerEpoch: number;

            /**
             * Creates a new InitProducerIdResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns InitProducerIdResponse instance
             */
            static create(properties: samsa.v1.InitProducerIdResponse.$Shape): samsa.v1.InitProducerIdResponse & samsa.v1.InitProducerIdResponse.$Shape;
            static create(properties?: samsa.v1.InitProducerIdResponse.$Properties): samsa.v1.InitProducerIdResponse;

            /**
             * Encodes the specified InitProducerIdResponse message. Does not implicitly {@link samsa.v1.InitProducerIdResponse.verify|verify} messages.
             * @param m InitProducerIdResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.InitProducerIdResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an InitProducerIdResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.InitProducerIdResponse & samsa.v1.InitProducerIdResponse.$Shape} InitProducerIdResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.InitProducerIdResponse & samsa.v1.InitProducerIdResponse.$Shape;

            /**
             * Creates an InitProducerIdResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns InitProducerIdResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.InitProducerIdResponse;

            /**
             * Creates a plain object from an InitProducerIdResponse message. Also converts values to other types if specified.
             * @param m InitProducerIdResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.InitProducerIdResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this InitProducerIdResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for InitProducerIdResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace InitProducerIdResponse {

            /** Properties of an InitProducerIdResponse. */
            interface $Properties {

                /** InitProducerIdResponse errorCode */
                errorCode?: (number|null);

                /** InitProducerIdResponse producerId */
                producerId?: (number|null);

                /** InitProducerIdResponse producerEpoch */
                producerEpoch?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an InitProducerIdResponse. */
            type $Shape = samsa.v1.InitProducerIdResponse.$Properties;
        }

        /**
         * Properties of an OffsetForLeaderEpochRequest.
         * @deprecated Use samsa.v1.OffsetForLeaderEpochRequest.$Properties instead.
         */
        interface IOffsetForLeaderEpochRequest extends samsa.v1.OffsetForLeaderEpochRequest.$Properties {
        }

        /** Represents an OffsetForLeaderEpochRequest. */
        class OffsetForLeaderEpochRequest {

            /**
             * Constructs a new OffsetForLeaderEpochRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.OffsetForLeaderEpochRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OffsetForLeaderEpochRequest replicaId. */
            replicaId: number;

            /** OffsetForLeaderEpochRequest topics. */
            topics: samsa.v1.OffsetForLeaderEpochRequest.OffsetForLeaderTopic.$Properties[];

            /**
             * Creates a new OffsetForLeaderEpochRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OffsetForLeaderEpochRequest instance
             */
            static create(properties: samsa.v1.OffsetForLeaderEpochRequest.$Shape): samsa.v1.OffsetForLeaderEpochRequest & samsa.v1.OffsetForLeaderEpochRequest.$Shape;
            static create(properties?: samsa.v1.OffsetForLeaderEpochRequest.$Properties): samsa.v1.OffsetForLeaderEpochRequest;

            /**
             * Encodes the specified OffsetForLeaderEpochRequest message. Does not implicitly {@link samsa.v1.OffsetForLeaderEpochRequest.verify|verify} messages.
             * @param m OffsetForLeaderEpochRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.OffsetForLeaderEpochRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OffsetForLeaderEpochRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.OffsetForLeaderEpochRequest & samsa.v1.OffsetForLeaderEpochRequest.$Shape} OffsetForLeaderEpochRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.OffsetForLeaderEpochRequest & samsa.v1.OffsetForLeaderEpochRequest.$Shape;

            /**
             * Creates an OffsetForLeaderEpochRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns OffsetForLeaderEpochRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.OffsetForLeaderEpochRequest;

            /**
             * Creates a plain object from an OffsetForLeaderEpochRequest message. Also converts values to other types if specified.
             * @param m OffsetForLeaderEpochRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.OffsetForLeaderEpochRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OffsetForLeaderEpochRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for OffsetForLeaderEpochRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace OffsetForLeaderEpochRequest {

            /** Properties of an OffsetForLeaderEpochRequest. */
            interface $Properties {

                /** OffsetForLeaderEpochRequest replicaId */
                replicaId?: (number|null);

                /** OffsetForLeaderEpochRequest topics */
                topics?: (samsa.v1.OffsetForLeaderEpochRequest.OffsetForLeaderTopic.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OffsetForLeaderEpochRequest. */
            type $Shape = samsa.v1.OffsetForLeaderEpochRequest.$Properties;

            /**
             * Properties of an OffsetForLeaderTopic.
             * @deprecated Use samsa.v1.OffsetForLeaderEpochRequest.OffsetForLeaderTopic.$Properties instead.
             */
            interface IOffsetForLeaderTopic extends samsa.v1.OffsetForLeaderEpochRequest.OffsetForLeaderTopic.$Properties {
            }

            /** Represents an OffsetForLeaderTopic. */
            class OffsetForLeaderTopic {

                /**
                 * Constructs a new OffsetForLeaderTopic.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.OffsetForLeaderEpochRequest.OffsetForLeaderTopic.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OffsetForLeaderTopic topic. */
                topic: string;

                /** OffsetForLeaderTopic partitions. */
                partitions: samsa.v1.OffsetForLeaderEpochRequest.OffsetForLeaderPartition.$Properties[];

                /**
                 * Creates a new OffsetForLeaderTopic instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OffsetForLeaderTopic instance
                 */
                static create(properties: samsa.v1.OffsetForLeaderEpochRequest.OffsetForLeaderTopic.$Shape): samsa.v1.OffsetForLeaderEpochRequest.OffsetForLeaderTopic & samsa.v1.OffsetForLeaderEpochRequest.OffsetForLeaderTopic.$Shape;
                static create(properties?: samsa.v1.OffsetForLeaderEpochRequest.OffsetForLeaderTopic.$Properties): samsa.v1.OffsetForLeaderEpochRequest.OffsetForLeaderTopic;

                /**
                 * Encodes the specified OffsetForLeaderTopic message. Does not implicitly {@link samsa.v1.OffsetForLeaderEpochRequest.OffsetForLeaderTopic.verify|verify} messages.
                 * @param m OffsetForLeaderTopic message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.OffsetForLeaderEpochRequest.OffsetForLeaderTopic.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OffsetForLeaderTopic message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.OffsetForLeaderEpochRequest.OffsetForLeaderTopic & samsa.v1.OffsetForLeaderEpochRequest.OffsetForLeaderTopic.$Shape} OffsetForLeaderTopic
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.OffsetForLeaderEpochRequest.OffsetForLeaderTopic & samsa.v1.OffsetForLeaderEpochRequest.OffsetForLeaderTopic.$Shape;

                /**
                 * Creates an OffsetForLeaderTopic message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns OffsetForLeaderTopic
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.OffsetForLeaderEpochRequest.OffsetForLeaderTopic;

                /**
                 * Creates a plain object from an OffsetForLeaderTopic message. Also converts values to other types if specified.
                 * @param m OffsetForLeaderTopic
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.OffsetForLeaderEpochRequest.OffsetForLeaderTopic, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this OffsetForLeaderTopic to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for OffsetForLeaderTopic
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace OffsetForLeaderTopic {

                /** Properties of an OffsetForLeaderTopic. */
                interface $Properties {

                    /** OffsetForLeaderTopic topic */
                    topic?: (string|null);

                    /** OffsetForLeaderTopic partitions */
                    partitions?: (samsa.v1.OffsetForLeaderEpochRequest.OffsetForLeaderPartition.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OffsetForLeaderTopic. */
                type $Shape = samsa.v1.OffsetForLeaderEpochRequest.OffsetForLeaderTopic.$Properties;
            }

            /**
             * Properties of an OffsetForLeaderPartition.
             * @deprecated Use samsa.v1.OffsetForLeaderEpochRequest.OffsetForLeaderPartition.$Properties instead.
             */
            interface IOffsetForLeaderPartition extends samsa.v1.OffsetForLeaderEpochRequest.OffsetForLeaderPartition.$Properties {
            }

            /** Represents an OffsetForLeaderPartition. */
            class OffsetForLeaderPartition {

                /**
                 * Constructs a new OffsetForLeaderPartition.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.OffsetForLeaderEpochRequest.OffsetForLeaderPartition.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OffsetForLeaderPartition partition. */
                partition: number;

                /** OffsetForLeaderPartition currentLeaderEpoch. */
                currentLeaderEpoch: number;

                /** OffsetForLeaderPartition leaderEpoch. */
                leaderEpoch: number;

                /**
                 * Creates a new OffsetForLeaderPartition instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OffsetForLeaderPartition instance
                 */
                static create(properties: samsa.v1.OffsetForLeaderEpochRequest.OffsetForLeaderPartition.$Shape): samsa.v1.OffsetForLeaderEpochRequest.OffsetForLeaderPartition & samsa.v1.OffsetForLeaderEpochRequest.OffsetForLeaderPartition.$Shape;
                static create(properties?: samsa.v1.OffsetForLeaderEpochRequest.OffsetForLeaderPartition.$Properties): samsa.v1.OffsetForLeaderEpochRequest.OffsetForLeaderPartition;

                /**
                 * Encodes the specified OffsetForLeaderPartition message. Does not implicitly {@link samsa.v1.OffsetForLeaderEpochRequest.OffsetForLeaderPartition.verify|verify} messages.
                 * @param m OffsetForLeaderPartition message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.OffsetForLeaderEpochRequest.OffsetForLeaderPartition.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OffsetForLeaderPartition message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.OffsetForLeaderEpochRequest.OffsetForLeaderPartition & samsa.v1.OffsetForLeaderEpochRequest.OffsetForLeaderPartition.$Shape} OffsetForLeaderPartition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.OffsetForLeaderEpochRequest.OffsetForLeaderPartition & samsa.v1.OffsetForLeaderEpochRequest.OffsetForLeaderPartition.$Shape;

                /**
                 * Creates an OffsetForLeaderPartition message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns OffsetForLeaderPartition
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.OffsetForLeaderEpochRequest.OffsetForLeaderPartition;

                /**
                 * Creates a plain object from an OffsetForLeaderPartition message. Also converts values to other types if specified.
                 * @param m OffsetForLeaderPartition
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.OffsetForLeaderEpochRequest.OffsetForLeaderPartition, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this OffsetForLeaderPartition to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for OffsetForLeaderPartition
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace OffsetForLeaderPartition {

                /** Properties of an OffsetForLeaderPartition. */
                interface $Properties {

                    /** OffsetForLeaderPartition partition */
                    partition?: (number|null);

                    /** OffsetForLeaderPartition currentLeaderEpoch */
                    currentLeaderEpoch?: (number|null);

                    /** OffsetForLeaderPartition leaderEpoch */
                    leaderEpoch?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OffsetForLeaderPartition. */
                type $Shape = samsa.v1.OffsetForLeaderEpochRequest.OffsetForLeaderPartition.$Properties;
            }
        }

        /**
         * Properties of an OffsetForLeaderEpochResponse.
         * @deprecated Use samsa.v1.OffsetForLeaderEpochResponse.$Properties instead.
         */
        interface IOffsetForLeaderEpochResponse extends samsa.v1.OffsetForLeaderEpochResponse.$Properties {
        }

        /** Represents an OffsetForLeaderEpochResponse. */
        class OffsetForLeaderEpochResponse {

            /**
             * Constructs a new OffsetForLeaderEpochResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.OffsetForLeaderEpochResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OffsetForLeaderEpochResponse topics. */
            topics: samsa.v1.OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult.$Properties[];

            /**
             * Creates a new OffsetForLeaderEpochResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OffsetForLeaderEpochResponse instance
             */
            static create(properties: samsa.v1.OffsetForLeaderEpochResponse.$Shape): samsa.v1.OffsetForLeaderEpochResponse & samsa.v1.OffsetForLeaderEpochResponse.$Shape;
            static create(properties?: samsa.v1.OffsetForLeaderEpochResponse.$Properties): samsa.v1.OffsetForLeaderEpochResponse;

            /**
             * Encodes the specified OffsetForLeaderEpochResponse message. Does not implicitly {@link samsa.v1.OffsetForLeaderEpochResponse.verify|verify} messages.
             * @param m OffsetForLeaderEpochResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.OffsetForLeaderEpochResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OffsetForLeaderEpochResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.OffsetForLeaderEpochResponse & samsa.v1.OffsetForLeaderEpochResponse.$Shape} OffsetForLeaderEpochResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.OffsetForLeaderEpochResponse & samsa.v1.OffsetForLeaderEpochResponse.$Shape;

            /**
             * Creates an OffsetForLeaderEpochResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns OffsetForLeaderEpochResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.OffsetForLeaderEpochResponse;

            /**
             * Creates a plain object from an OffsetForLeaderEpochResponse message. Also converts values to other types if specified.
             * @param m OffsetForLeaderEpochResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.OffsetForLeaderEpochResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OffsetForLeaderEpochResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for OffsetForLeaderEpochResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace OffsetForLeaderEpochResponse {

            /** Properties of an OffsetForLeaderEpochResponse. */
            interface $Properties {

                /** OffsetForLeaderEpochResponse topics */
                topics?: (samsa.v1.OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OffsetForLeaderEpochResponse. */
            type $Shape = samsa.v1.OffsetForLeaderEpochResponse.$Properties;

            /**
             * Properties of an OffsetForLeaderTopicResult.
             * @deprecated Use samsa.v1.OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult.$Properties instead.
             */
            interface IOffsetForLeaderTopicResult extends samsa.v1.OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult.$Properties {
            }

            /** Represents an OffsetForLeaderTopicResult. */
            class OffsetForLeaderTopicResult {

                /**
                 * Constructs a new OffsetForLeaderTopicResult.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OffsetForLeaderTopicResult topic. */
                topic: string;

                /** OffsetForLeaderTopicResult partitions. */
                partitions: samsa.v1.OffsetForLeaderEpochResponse.EpochEndOffset.$Properties[];

                /**
                 * Creates a new OffsetForLeaderTopicResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OffsetForLeaderTopicResult instance
                 */
                static create(properties: samsa.v1.OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult.$Shape): samsa.v1.OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult & samsa.v1.OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult.$Shape;
                static create(properties?: samsa.v1.OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult.$Properties): samsa.v1.OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult;

                /**
                 * Encodes the specified OffsetForLeaderTopicResult message. Does not implicitly {@link samsa.v1.OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult.verify|verify} messages.
                 * @param m OffsetForLeaderTopicResult message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OffsetForLeaderTopicResult message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult & samsa.v1.OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult.$Shape} OffsetForLeaderTopicResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult & samsa.v1.OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult.$Shape;

                /**
                 * Creates an OffsetForLeaderTopicResult message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns OffsetForLeaderTopicResult
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult;

                /**
                 * Creates a plain object from an OffsetForLeaderTopicResult message. Also converts values to other types if specified.
                 * @param m OffsetForLeaderTopicResult
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this OffsetForLeaderTopicResult to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for OffsetForLeaderTopicResult
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace OffsetForLeaderTopicResult {

                /** Properties of an OffsetForLeaderTopicResult. */
                interface $Properties {

                    /** OffsetForLeaderTopicResult topic */
                    topic?: (string|null);

                    /** OffsetForLeaderTopicResult partitions */
                    partitions?: (samsa.v1.OffsetForLeaderEpochResponse.EpochEndOffset.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OffsetForLeaderTopicResult. */
                type $Shape = samsa.v1.OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult.$Properties;
            }

            /**
             * Properties of an EpochEndOffset.
             * @deprecated Use samsa.v1.OffsetForLeaderEpochResponse.EpochEndOffset.$Properties instead.
             */
            interface IEpochEndOffset extends samsa.v1.OffsetForLeaderEpochResponse.EpochEndOffset.$Properties {
            }

            /** Represents an EpochEndOffset. */
            class EpochEndOffset {

                /**
                 * Constructs a new EpochEndOffset.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.OffsetForLeaderEpochResponse.EpochEndOffset.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EpochEndOffset errorCode. */
                errorCode: number;

                /** EpochEndOffset partition. */
                partition: number;

                /** EpochEndOffset leaderEpoch. */
                leaderEpoch: number;

                /** EpochEndOffset endOffset. */
                endOffset: number;

                /**
                 * Creates a new EpochEndOffset instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EpochEndOffset instance
                 */
                static create(properties: samsa.v1.OffsetForLeaderEpochResponse.EpochEndOffset.$Shape): samsa.v1.OffsetForLeaderEpochResponse.EpochEndOffset & samsa.v1.OffsetForLeaderEpochResponse.EpochEndOffset.$Shape;
                static create(properties?: samsa.v1.OffsetForLeaderEpochResponse.EpochEndOffset.$Properties): samsa.v1.OffsetForLeaderEpochResponse.EpochEndOffset;

                /**
                 * Encodes the specified EpochEndOffset message. Does not implicitly {@link samsa.v1.OffsetForLeaderEpochResponse.EpochEndOffset.verify|verify} messages.
                 * @param m EpochEndOffset message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.OffsetForLeaderEpochResponse.EpochEndOffset.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EpochEndOffset message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.OffsetForLeaderEpochResponse.EpochEndOffset & samsa.v1.OffsetForLeaderEpochResponse.EpochEndOffset.$Shape} EpochEndOffset
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.OffsetForLeaderEpochResponse.EpochEndOffset & samsa.v1.OffsetForLeaderEpochResponse.EpochEndOffset.$Shape;

                /**
                 * Creates an EpochEndOffset message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns EpochEndOffset
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.OffsetForLeaderEpochResponse.EpochEndOffset;

                /**
                 * Creates a plain object from an EpochEndOffset message. Also converts values to other types if specified.
                 * @param m EpochEndOffset
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.OffsetForLeaderEpochResponse.EpochEndOffset, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EpochEndOffset to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EpochEndOffset
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EpochEndOffset {

                /** Properties of an EpochEndOffset. */
                interface $Properties {

                    /** EpochEndOffset errorCode */
                    errorCode?: (number|null);

                    /** EpochEndOffset partition */
                    partition?: (number|null);

                    /** EpochEndOffset leaderEpoch */
                    leaderEpoch?: (number|null);

                    /** EpochEndOffset endOffset */
                    endOffset?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EpochEndOffset. */
                type $Shape = samsa.v1.OffsetForLeaderEpochResponse.EpochEndOffset.$Properties;
            }
        }

        /**
         * Properties of a CreateTopicsRequest.
         * @deprecated Use samsa.v1.CreateTopicsRequest.$Properties instead.
         */
        interface ICreateTopicsRequest extends samsa.v1.CreateTopicsRequest.$Properties {
        }

        /** Represents a CreateTopicsRequest. */
        class CreateTopicsRequest {

            /**
             * Constructs a new CreateTopicsRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.CreateTopicsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CreateTopicsRequest topics. */
            topics: samsa.v1.CreateTopicsRequest.CreatableTopic.$Properties[];

            /** CreateTopicsRequest timeoutMs. */
            timeoutMs: number;

            /** CreateTopicsRequest validateOnly. */
            validateOnly: boolean;

            /**
             * Creates a new CreateTopicsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CreateTopicsRequest instance
             */
            static create(properties: samsa.v1.CreateTopicsRequest.$Shape): samsa.v1.CreateTopicsRequest & samsa.v1.CreateTopicsRequest.$Shape;
            static create(properties?: samsa.v1.CreateTopicsRequest.$Properties): samsa.v1.CreateTopicsRequest;

            /**
             * Encodes the specified CreateTopicsRequest message. Does not implicitly {@link samsa.v1.CreateTopicsRequest.verify|verify} messages.
             * @param m CreateTopicsRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.CreateTopicsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CreateTopicsRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.CreateTopicsRequest & samsa.v1.CreateTopicsRequest.$Shape} CreateTopicsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.CreateTopicsRequest & samsa.v1.CreateTopicsRequest.$Shape;

            /**
             * Creates a CreateTopicsRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns CreateTopicsRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.CreateTopicsRequest;

            /**
             * Creates a plain object from a CreateTopicsRequest message. Also converts values to other types if specified.
             * @param m CreateTopicsRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.CreateTopicsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CreateTopicsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CreateTopicsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CreateTopicsRequest {

            /** Properties of a CreateTopicsRequest. */
            interface $Properties {

                /** CreateTopicsRequest topics */
                topics?: (samsa.v1.CreateTopicsRequest.CreatableTopic.$Properties[]|null);

                /** CreateTopicsRequest timeoutMs */
                timeoutMs?: (number|null);

                /** CreateTopicsRequest validateOnly */
                validateOnly?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CreateTopicsRequest. */
            type $Shape = samsa.v1.CreateTopicsRequest.$Properties;

            /**
             * Properties of a CreatableTopic.
             * @deprecated Use samsa.v1.CreateTopicsRequest.CreatableTopic.$Properties instead.
             */
            interface ICreatableTopic extends samsa.v1.CreateTopicsRequest.CreatableTopic.$Properties {
            }

            /** Represents a CreatableTopic. */
            class CreatableTopic {

                /**
                 * Constructs a new CreatableTopic.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.CreateTopicsRequest.CreatableTopic.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CreatableTopic name. */
                name: string;

                /** CreatableTopic numPartitions. */
                numPartitions: number;

                /** CreatableTopic replicationFactor. */
                replicationFactor: number;

                /** CreatableTopic assignments. */
                assignments: samsa.v1.CreateTopicsRequest.ReplicaAssignment.$Properties[];

                /** CreatableTopic configs. */
                configs: samsa.v1.CreateTopicsRequest.Config.$Properties[];

                /**
                 * Creates a new CreatableTopic instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreatableTopic instance
                 */
                static create(properties: samsa.v1.CreateTopicsRequest.CreatableTopic.$Shape): samsa.v1.CreateTopicsRequest.CreatableTopic & samsa.v1.CreateTopicsRequest.CreatableTopic.$Shape;
                static create(properties?: samsa.v1.CreateTopicsRequest.CreatableTopic.$Properties): samsa.v1.CreateTopicsRequest.CreatableTopic;

                /**
                 * Encodes the specified CreatableTopic message. Does not implicitly {@link samsa.v1.CreateTopicsRequest.CreatableTopic.verify|verify} messages.
                 * @param m CreatableTopic message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.CreateTopicsRequest.CreatableTopic.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreatableTopic message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.CreateTopicsRequest.CreatableTopic & samsa.v1.CreateTopicsRequest.CreatableTopic.$Shape} CreatableTopic
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.CreateTopicsRequest.CreatableTopic & samsa.v1.CreateTopicsRequest.CreatableTopic.$Shape;

                /**
                 * Creates a CreatableTopic message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns CreatableTopic
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.CreateTopicsRequest.CreatableTopic;

                /**
                 * Creates a plain object from a CreatableTopic message. Also converts values to other types if specified.
                 * @param m CreatableTopic
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.CreateTopicsRequest.CreatableTopic, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreatableTopic to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CreatableTopic
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CreatableTopic {

                /** Properties of a CreatableTopic. */
                interface $Properties {

                    /** CreatableTopic name */
                    name?: (string|null);

                    /** CreatableTopic numPartitions */
                    numPartitions?: (number|null);

                    /** CreatableTopic replicationFactor */
                    replicationFactor?: (number|null);

                    /** CreatableTopic assignments */
                    assignments?: (samsa.v1.CreateTopicsRequest.ReplicaAssignment.$Properties[]|null);

                    /** CreatableTopic configs */
                    configs?: (samsa.v1.CreateTopicsRequest.Config.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CreatableTopic. */
                type $Shape = samsa.v1.CreateTopicsRequest.CreatableTopic.$Properties;
            }

            /**
             * Properties of a ReplicaAssignment.
             * @deprecated Use samsa.v1.CreateTopicsRequest.ReplicaAssignment.$Properties instead.
             */
            interface IReplicaAssignment extends samsa.v1.CreateTopicsRequest.ReplicaAssignment.$Properties {
            }

            /** Represents a ReplicaAssignment. */
            class ReplicaAssignment {

                /**
                 * Constructs a new ReplicaAssignment.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.CreateTopicsRequest.ReplicaAssignment.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ReplicaAssignment partition. */
                partition: number;

                /** ReplicaAssignment brokerIds. */
                brokerIds: number[];

                /**
                 * Creates a new ReplicaAssignment instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ReplicaAssignment instance
                 */
                static create(properties: samsa.v1.CreateTopicsRequest.ReplicaAssignment.$Shape): samsa.v1.CreateTopicsRequest.ReplicaAssignment & samsa.v1.CreateTopicsRequest.ReplicaAssignment.$Shape;
                static create(properties?: samsa.v1.CreateTopicsRequest.ReplicaAssignment.$Properties): samsa.v1.CreateTopicsRequest.ReplicaAssignment;

                /**
                 * Encodes the specified ReplicaAssignment message. Does not implicitly {@link samsa.v1.CreateTopicsRequest.ReplicaAssignment.verify|verify} messages.
                 * @param m ReplicaAssignment message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.CreateTopicsRequest.ReplicaAssignment.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReplicaAssignment message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.CreateTopicsRequest.ReplicaAssignment & samsa.v1.CreateTopicsRequest.ReplicaAssignment.$Shape} ReplicaAssignment
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.CreateTopicsRequest.ReplicaAssignment & samsa.v1.CreateTopicsRequest.ReplicaAssignment.$Shape;

                /**
                 * Creates a ReplicaAssignment message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ReplicaAssignment
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.CreateTopicsRequest.ReplicaAssignment;

                /**
                 * Creates a plain object from a ReplicaAssignment message. Also converts values to other types if specified.
                 * @param m ReplicaAssignment
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.CreateTopicsRequest.ReplicaAssignment, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ReplicaAssignment to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ReplicaAssignment
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ReplicaAssignment {

                /** Properties of a ReplicaAssignment. */
                interface $Properties {

                    /** ReplicaAssignment partition */
                    partition?: (number|null);

                    /** ReplicaAssignment brokerIds */
                    brokerIds?: (number[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ReplicaAssignment. */
                type $Shape = samsa.v1.CreateTopicsRequest.ReplicaAssignment.$Properties;
            }

            /**
             * Properties of a Config.
             * @deprecated Use samsa.v1.CreateTopicsRequest.Config.$Properties instead.
             */
            interface IConfig extends samsa.v1.CreateTopicsRequest.Config.$Properties {
            }

            /** Represents a Config. */
            class Config {

                /**
                 * Constructs a new Config.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.CreateTopicsRequest.Config.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Config name. */
                name: string;

                /** Config value. */
                value: string;

                /**
                 * Creates a new Config instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Config instance
                 */
                static create(properties: samsa.v1.CreateTopicsRequest.Config.$Shape): samsa.v1.CreateTopicsRequest.Config & samsa.v1.CreateTopicsRequest.Config.$Shape;
                static create(properties?: samsa.v1.CreateTopicsRequest.Config.$Properties): samsa.v1.CreateTopicsRequest.Config;

                /**
                 * Encodes the specified Config message. Does not implicitly {@link samsa.v1.CreateTopicsRequest.Config.verify|verify} messages.
                 * @param m Config message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.CreateTopicsRequest.Config.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Config message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.CreateTopicsRequest.Config & samsa.v1.CreateTopicsRequest.Config.$Shape} Config
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.CreateTopicsRequest.Config & samsa.v1.CreateTopicsRequest.Config.$Shape;

                /**
                 * Creates a Config message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Config
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.CreateTopicsRequest.Config;

                /**
                 * Creates a plain object from a Config message. Also converts values to other types if specified.
                 * @param m Config
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.CreateTopicsRequest.Config, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Config to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Config
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Config {

                /** Properties of a Config. */
                interface $Properties {

                    /** Config name */
                    name?: (string|null);

                    /** Config value */
                    value?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Config. */
                type $Shape = samsa.v1.CreateTopicsRequest.Config.$Properties;
            }
        }

        /**
         * Properties of a CreateTopicsResponse.
         * @deprecated Use samsa.v1.CreateTopicsResponse.$Properties instead.
         */
        interface ICreateTopicsResponse extends samsa.v1.CreateTopicsResponse.$Properties {
        }

        /** Represents a CreateTopicsResponse. */
        class CreateTopicsResponse {

            /**
             * Constructs a new CreateTopicsResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.CreateTopicsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CreateTopicsResponse topics. */
            topics: samsa.v1.CreateTopicsResponse.CreatableTopicResult.$Properties[];

            /**
             * Creates a new CreateTopicsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CreateTopicsResponse instance
             */
            static create(properties: samsa.v1.CreateTopicsResponse.$Shape): samsa.v1.CreateTopicsResponse & samsa.v1.CreateTopicsResponse.$Shape;
            static create(properties?: samsa.v1.CreateTopicsResponse.$Properties): samsa.v1.CreateTopicsResponse;

            /**
             * Encodes the specified CreateTopicsResponse message. Does not implicitly {@link samsa.v1.CreateTopicsResponse.verify|verify} messages.
             * @param m CreateTopicsResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.CreateTopicsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CreateTopicsResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.CreateTopicsResponse & samsa.v1.CreateTopicsResponse.$Shape} CreateTopicsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.CreateTopicsResponse & samsa.v1.CreateTopicsResponse.$Shape;

            /**
             * Creates a CreateTopicsResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns CreateTopicsResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.CreateTopicsResponse;

            /**
             * Creates a plain object from a CreateTopicsResponse message. Also converts values to other types if specified.
             * @param m CreateTopicsResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.CreateTopicsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CreateTopicsResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CreateTopicsResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CreateTopicsResponse {

            /** Properties of a CreateTopicsResponse. */
            interface $Properties {

                /** CreateTopicsResponse topics */
                topics?: (samsa.v1.CreateTopicsResponse.CreatableTopicResult.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CreateTopicsResponse. */
            type $Shape = samsa.v1.CreateTopicsResponse.$Properties;

            /**
             * Properties of a CreatableTopicResult.
             * @deprecated Use samsa.v1.CreateTopicsResponse.CreatableTopicResult.$Properties instead.
             */
            interface ICreatableTopicResult extends samsa.v1.CreateTopicsResponse.CreatableTopicResult.$Properties {
            }

            /** Represents a CreatableTopicResult. */
            class CreatableTopicResult {

                /**
                 * Constructs a new CreatableTopicResult.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.CreateTopicsResponse.CreatableTopicResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CreatableTopicResult name. */
                name: string;

                /** CreatableTopicResult errorCode. */
                errorCode: number;

                /** CreatableTopicResult errorMessage. */
                errorMessage: string;

                /** CreatableTopicResult numPartitions. */
                numPartitions: number;

                /** CreatableTopicResult replicationFactor. */
                replicationFactor: number;

                /**
                 * Creates a new CreatableTopicResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreatableTopicResult instance
                 */
                static create(properties: samsa.v1.CreateTopicsResponse.CreatableTopicResult.$Shape): samsa.v1.CreateTopicsResponse.CreatableTopicResult & samsa.v1.CreateTopicsResponse.CreatableTopicResult.$Shape;
                static create(properties?: samsa.v1.CreateTopicsResponse.CreatableTopicResult.$Properties): samsa.v1.CreateTopicsResponse.CreatableTopicResult;

                /**
                 * Encodes the specified CreatableTopicResult message. Does not implicitly {@link samsa.v1.CreateTopicsResponse.CreatableTopicResult.verify|verify} messages.
                 * @param m CreatableTopicResult message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.CreateTopicsResponse.CreatableTopicResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreatableTopicResult message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.CreateTopicsResponse.CreatableTopicResult & samsa.v1.CreateTopicsResponse.CreatableTopicResult.$Shape} CreatableTopicResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.CreateTopicsResponse.CreatableTopicResult & samsa.v1.CreateTopicsResponse.CreatableTopicResult.$Shape;

                /**
                 * Creates a CreatableTopicResult message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns CreatableTopicResult
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.CreateTopicsResponse.CreatableTopicResult;

                /**
                 * Creates a plain object from a CreatableTopicResult message. Also converts values to other types if specified.
                 * @param m CreatableTopicResult
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.CreateTopicsResponse.CreatableTopicResult, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreatableTopicResult to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CreatableTopicResult
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CreatableTopicResult {

                /** Properties of a CreatableTopicResult. */
                interface $Properties {

                    /** CreatableTopicResult name */
                    name?: (string|null);

                    /** CreatableTopicResult errorCode */
                    errorCode?: (number|null);

                    /** CreatableTopicResult errorMessage */
                    errorMessage?: (string|null);

                    /** CreatableTopicResult numPartitions */
                    numPartitions?: (number|null);

                    /** CreatableTopicResult replicationFactor */
                    replicationFactor?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CreatableTopicResult. */
                type $Shape = samsa.v1.CreateTopicsResponse.CreatableTopicResult.$Properties;
            }
        }

        /**
         * Properties of a DeleteTopicsRequest.
         * @deprecated Use samsa.v1.DeleteTopicsRequest.$Properties instead.
         */
        interface IDeleteTopicsRequest extends samsa.v1.DeleteTopicsRequest.$Properties {
        }

        /** Represents a DeleteTopicsRequest. */
        class DeleteTopicsRequest {

            /**
             * Constructs a new DeleteTopicsRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.DeleteTopicsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteTopicsRequest topicNames. */
            topicNames: string[];

            /** DeleteTopicsRequest timeoutMs. */
            timeoutMs: number;

            /**
             * Creates a new DeleteTopicsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeleteTopicsRequest instance
             */
            static create(properties: samsa.v1.DeleteTopicsRequest.$Shape): samsa.v1.DeleteTopicsRequest & samsa.v1.DeleteTopicsRequest.$Shape;
            static create(properties?: samsa.v1.DeleteTopicsRequest.$Properties): samsa.v1.DeleteTopicsRequest;

            /**
             * Encodes the specified DeleteTopicsRequest message. Does not implicitly {@link samsa.v1.DeleteTopicsRequest.verify|verify} messages.
             * @param m DeleteTopicsRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.DeleteTopicsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteTopicsRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.DeleteTopicsRequest & samsa.v1.DeleteTopicsRequest.$Shape} DeleteTopicsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DeleteTopicsRequest & samsa.v1.DeleteTopicsRequest.$Shape;

            /**
             * Creates a DeleteTopicsRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DeleteTopicsRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.DeleteTopicsRequest;

            /**
             * Creates a plain object from a DeleteTopicsRequest message. Also converts values to other types if specified.
             * @param m DeleteTopicsRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.DeleteTopicsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeleteTopicsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeleteTopicsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteTopicsRequest {

            /** Properties of a DeleteTopicsRequest. */
            interface $Properties {

                /** DeleteTopicsRequest topicNames */
                topicNames?: (string[]|null);

                /** DeleteTopicsRequest timeoutMs */
                timeoutMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteTopicsRequest. */
            type $Shape = samsa.v1.DeleteTopicsRequest.$Properties;
        }

        /**
         * Properties of a DeleteTopicsResponse.
         * @deprecated Use samsa.v1.DeleteTopicsResponse.$Properties instead.
         */
        interface IDeleteTopicsResponse extends samsa.v1.DeleteTopicsResponse.$Properties {
        }

        /** Represents a DeleteTopicsResponse. */
        class DeleteTopicsResponse {

            /**
             * Constructs a new DeleteTopicsResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.DeleteTopicsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteTopicsResponse responses. */
            responses: samsa.v1.DeleteTopicsResponse.DeletableTopicResult.$Properties[];

            /**
             * Creates a new DeleteTopicsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeleteTopicsResponse instance
             */
            static create(properties: samsa.v1.DeleteTopicsResponse.$Shape): samsa.v1.DeleteTopicsResponse & samsa.v1.DeleteTopicsResponse.$Shape;
            static create(properties?: samsa.v1.DeleteTopicsResponse.$Properties): samsa.v1.DeleteTopicsResponse;

            /**
             * Encodes the specified DeleteTopicsResponse message. Does not implicitly {@link samsa.v1.DeleteTopicsResponse.verify|verify} messages.
             * @param m DeleteTopicsResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.DeleteTopicsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteTopicsResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.DeleteTopicsResponse & samsa.v1.DeleteTopicsResponse.$Shape} DeleteTopicsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DeleteTopicsResponse & samsa.v1.DeleteTopicsResponse.$Shape;

            /**
             * Creates a DeleteTopicsResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DeleteTopicsResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.DeleteTopicsResponse;

            /**
             * Creates a plain object from a DeleteTopicsResponse message. Also converts values to other types if specified.
             * @param m DeleteTopicsResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.DeleteTopicsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeleteTopicsResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeleteTopicsResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteTopicsResponse {

            /** Properties of a DeleteTopicsResponse. */
            interface $Properties {

                /** DeleteTopicsResponse responses */
                responses?: (samsa.v1.DeleteTopicsResponse.DeletableTopicResult.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteTopicsResponse. */
            type $Shape = samsa.v1.DeleteTopicsResponse.$Properties;

            /**
             * Properties of a DeletableTopicResult.
             * @deprecated Use samsa.v1.DeleteTopicsResponse.DeletableTopicResult.$Properties instead.
             */
            interface IDeletableTopicResult extends samsa.v1.DeleteTopicsResponse.DeletableTopicResult.$Properties {
            }

            /** Represents a DeletableTopicResult. */
            class DeletableTopicResult {

                /**
                 * Constructs a new DeletableTopicResult.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.DeleteTopicsResponse.DeletableTopicResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DeletableTopicResult name. */
                name: string;

                /** DeletableTopicResult errorCode. */
                errorCode: number;

                /** DeletableTopicResult errorMessage. */
                errorMessage: string;

                /**
                 * Creates a new DeletableTopicResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DeletableTopicResult instance
                 */
                static create(properties: samsa.v1.DeleteTopicsResponse.DeletableTopicResult.$Shape): samsa.v1.DeleteTopicsResponse.DeletableTopicResult & samsa.v1.DeleteTopicsResponse.DeletableTopicResult.$Shape;
                static create(properties?: samsa.v1.DeleteTopicsResponse.DeletableTopicResult.$Properties): samsa.v1.DeleteTopicsResponse.DeletableTopicResult;

                /**
                 * Encodes the specified DeletableTopicResult message. Does not implicitly {@link samsa.v1.DeleteTopicsResponse.DeletableTopicResult.verify|verify} messages.
                 * @param m DeletableTopicResult message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.DeleteTopicsResponse.DeletableTopicResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeletableTopicResult message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.DeleteTopicsResponse.DeletableTopicResult & samsa.v1.DeleteTopicsResponse.DeletableTopicResult.$Shape} DeletableTopicResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DeleteTopicsResponse.DeletableTopicResult & samsa.v1.DeleteTopicsResponse.DeletableTopicResult.$Shape;

                /**
                 * Creates a DeletableTopicResult message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns DeletableTopicResult
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.DeleteTopicsResponse.DeletableTopicResult;

                /**
                 * Creates a plain object from a DeletableTopicResult message. Also converts values to other types if specified.
                 * @param m DeletableTopicResult
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.DeleteTopicsResponse.DeletableTopicResult, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DeletableTopicResult to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DeletableTopicResult
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DeletableTopicResult {

                /** Properties of a DeletableTopicResult. */
                interface $Properties {

                    /** DeletableTopicResult name */
                    name?: (string|null);

                    /** DeletableTopicResult errorCode */
                    errorCode?: (number|null);

                    /** DeletableTopicResult errorMessage */
                    errorMessage?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DeletableTopicResult. */
                type $Shape = samsa.v1.DeleteTopicsResponse.DeletableTopicResult.$Properties;
            }
        }

        /**
         * Properties of a TopicPartitions.
         * @deprecated Use samsa.v1.TopicPartitions.$Properties instead.
         */
        interface ITopicPartitions extends samsa.v1.TopicPartitions.$Properties {
        }

        /** Represents a TopicPartitions. */
        class TopicPartitions {

            /**
             * Constructs a new TopicPartitions.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.TopicPartitions.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TopicPartitions topic. */
            topic: string;

            /** TopicPartitions partitions. */
            partitions: number[];

            /**
             * Creates a new TopicPartitions instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TopicPartitions instance
             */
            static create(properties: samsa.v1.TopicPartitions.$Shape): samsa.v1.TopicPartitions & samsa.v1.TopicPartitions.$Shape;
            static create(properties?: samsa.v1.TopicPartitions.$Properties): samsa.v1.TopicPartitions;

            /**
             * Encodes the specified TopicPartitions message. Does not implicitly {@link samsa.v1.TopicPartitions.verify|verify} messages.
             * @param m TopicPartitions message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.TopicPartitions.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TopicPartitions message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.TopicPartitions & samsa.v1.TopicPartitions.$Shape} TopicPartitions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.TopicPartitions & samsa.v1.TopicPartitions.$Shape;

            /**
             * Creates a TopicPartitions message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns TopicPartitions
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.TopicPartitions;

            /**
             * Creates a plain object from a TopicPartitions message. Also converts values to other types if specified.
             * @param m TopicPartitions
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.TopicPartitions, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TopicPartitions to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TopicPartitions
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TopicPartitions {

            /** Properties of a TopicPartitions. */
            interface $Properties {

                /** TopicPartitions topic */
                topic?: (string|null);

                /** TopicPartitions partitions */
                partitions?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TopicPartitions. */
            type $Shape = samsa.v1.TopicPartitions.$Properties;
        }

        /**
         * Properties of an ElectLeadersRequest.
         * @deprecated Use samsa.v1.ElectLeadersRequest.$Properties instead.
         */
        interface IElectLeadersRequest extends samsa.v1.ElectLeadersRequest.$Properties {
        }

        /** Represents an ElectLeadersRequest. */
        class ElectLeadersRequest {

            /**
             * Constructs a new ElectLeadersRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.ElectLeadersRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ElectLeadersRequest electionType. */
            electionType: number;

            /** ElectLeadersRequest topicPartitions. */
            topicPartitions: samsa.v1.TopicPartitions.$Properties[];

            /** ElectLeadersRequest allPartitions. */
            allPartitions: boolean;

            /** ElectLeadersRequest timeoutMs. */
            timeoutMs: number;

            /**
             * Creates a new ElectLeadersRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ElectLeadersRequest instance
             */
            static create(properties: samsa.v1.ElectLeadersRequest.$Shape): samsa.v1.ElectLeadersRequest & samsa.v1.ElectLeadersRequest.$Shape;
            static create(properties?: samsa.v1.ElectLeadersRequest.$Properties): samsa.v1.ElectLeadersRequest;

            /**
             * Encodes the specified ElectLeadersRequest message. Does not implicitly {@link samsa.v1.ElectLeadersRequest.verify|verify} messages.
             * @param m ElectLeadersRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.ElectLeadersRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ElectLeadersRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.ElectLeadersRequest & samsa.v1.ElectLeadersRequest.$Shape} ElectLeadersRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.ElectLeadersRequest & samsa.v1.ElectLeadersRequest.$Shape;

            /**
             * Creates an ElectLeadersRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ElectLeadersRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.ElectLeadersRequest;

            /**
             * Creates a plain object from an ElectLeadersRequest message. Also converts values to other types if specified.
             * @param m ElectLeadersRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.ElectLeadersRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ElectLeadersRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ElectLeadersRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ElectLeadersRequest {

            /** Properties of an ElectLeadersRequest. */
            interface $Properties {

                /** ElectLeadersRequest electionType */
                electionType?: (number|null);

                /** ElectLeadersRequest topicPartitions */
                topicPartitions?: (samsa.v1.TopicPartitions.$Properties[]|null);

                /** ElectLeadersRequest allPartitions */
                allPartitions?: (boolean|null);

                /** ElectLeadersRequest timeoutMs */
                timeoutMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ElectLeadersRequest. */
            type $Shape = samsa.v1.ElectLeadersRequest.$Properties;
        }

        /**
         * Properties of an ElectLeadersResponse.
         * @deprecated Use samsa.v1.ElectLeadersResponse.$Properties instead.
         */
        interface IElectLeadersResponse extends samsa.v1.ElectLeadersResponse.$Properties {
        }

        /** Represents an ElectLeadersResponse. */
        class ElectLeadersResponse {

            /**
             * Constructs a new ElectLeadersResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.ElectLeadersResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ElectLeadersResponse errorCode. */
            errorCode: number;

            /** ElectLeadersResponse replicaElectionResults. */
            replicaElectionResults: samsa.v1.ElectLeadersResponse.ReplicaElectionResult.$Properties[];

            /**
             * Creates a new ElectLeadersResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ElectLeadersResponse instance
             */
            static create(properties: samsa.v1.ElectLeadersResponse.$Shape): samsa.v1.ElectLeadersResponse & samsa.v1.ElectLeadersResponse.$Shape;
            static create(properties?: samsa.v1.ElectLeadersResponse.$Properties): samsa.v1.ElectLeadersResponse;

            /**
             * Encodes the specified ElectLeadersResponse message. Does not implicitly {@link samsa.v1.ElectLeadersResponse.verify|verify} messages.
             * @param m ElectLeadersResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.ElectLeadersResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ElectLeadersResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.ElectLeadersResponse & samsa.v1.ElectLeadersResponse.$Shape} ElectLeadersResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.ElectLeadersResponse & samsa.v1.ElectLeadersResponse.$Shape;

            /**
             * Creates an ElectLeadersResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ElectLeadersResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.ElectLeadersResponse;

            /**
             * Creates a plain object from an ElectLeadersResponse message. Also converts values to other types if specified.
             * @param m ElectLeadersResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.ElectLeadersResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ElectLeadersResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ElectLeadersResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ElectLeadersResponse {

            /** Properties of an ElectLeadersResponse. */
            interface $Properties {

                /** ElectLeadersResponse errorCode */
                errorCode?: (number|null);

                /** ElectLeadersResponse replicaElectionResults */
                replicaElectionResults?: (samsa.v1.ElectLeadersResponse.ReplicaElectionResult.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ElectLeadersResponse. */
            type $Shape = samsa.v1.ElectLeadersResponse.$Properties;

            /**
             * Properties of a ReplicaElectionResult.
             * @deprecated Use samsa.v1.ElectLeadersResponse.ReplicaElectionResult.$Properties instead.
             */
            interface IReplicaElectionResult extends samsa.v1.ElectLeadersResponse.ReplicaElectionResult.$Properties {
            }

            /** Represents a ReplicaElectionResult. */
            class ReplicaElectionResult {

                /**
                 * Constructs a new ReplicaElectionResult.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.ElectLeadersResponse.ReplicaElectionResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ReplicaElectionResult topic. */
                topic: string;

                /** ReplicaElectionResult partitionResult. */
                partitionResult: samsa.v1.ElectLeadersResponse.PartitionResult.$Properties[];

                /**
                 * Creates a new ReplicaElectionResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ReplicaElectionResult instance
                 */
                static create(properties: samsa.v1.ElectLeadersResponse.ReplicaElectionResult.$Shape): samsa.v1.ElectLeadersResponse.ReplicaElectionResult & samsa.v1.ElectLeadersResponse.ReplicaElectionResult.$Shape;
                static create(properties?: samsa.v1.ElectLeadersResponse.ReplicaElectionResult.$Properties): samsa.v1.ElectLeadersResponse.ReplicaElectionResult;

                /**
                 * Encodes the specified ReplicaElectionResult message. Does not implicitly {@link samsa.v1.ElectLeadersResponse.ReplicaElectionResult.verify|verify} messages.
                 * @param m ReplicaElectionResult message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.ElectLeadersResponse.ReplicaElectionResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReplicaElectionResult message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.ElectLeadersResponse.ReplicaElectionResult & samsa.v1.ElectLeadersResponse.ReplicaElectionResult.$Shape} ReplicaElectionResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.ElectLeadersResponse.ReplicaElectionResult & samsa.v1.ElectLeadersResponse.ReplicaElectionResult.$Shape;

                /**
                 * Creates a ReplicaElectionResult message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ReplicaElectionResult
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.ElectLeadersResponse.ReplicaElectionResult;

                /**
                 * Creates a plain object from a ReplicaElectionResult message. Also converts values to other types if specified.
                 * @param m ReplicaElectionResult
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.ElectLeadersResponse.ReplicaElectionResult, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ReplicaElectionResult to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ReplicaElectionResult
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ReplicaElectionResult {

                /** Properties of a ReplicaElectionResult. */
                interface $Properties {

                    /** ReplicaElectionResult topic */
                    topic?: (string|null);

                    /** ReplicaElectionResult partitionResult */
                    partitionResult?: (samsa.v1.ElectLeadersResponse.PartitionResult.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ReplicaElectionResult. */
                type $Shape = samsa.v1.ElectLeadersResponse.ReplicaElectionResult.$Properties;
            }

            /**
             * Properties of a PartitionResult.
             * @deprecated Use samsa.v1.ElectLeadersResponse.PartitionResult.$Properties instead.
             */
            interface IPartitionResult extends samsa.v1.ElectLeadersResponse.PartitionResult.$Properties {
            }

            /** Represents a PartitionResult. */
            class PartitionResult {

                /**
                 * Constructs a new PartitionResult.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.ElectLeadersResponse.PartitionResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PartitionResult partition. */
                partition: number;

                /** PartitionResult errorCode. */
                errorCode: number;

                /** PartitionResult errorMessage. */
                errorMessage: string;

                /**
                 * Creates a new PartitionResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PartitionResult instance
                 */
                static create(properties: samsa.v1.ElectLeadersResponse.PartitionResult.$Shape): samsa.v1.ElectLeadersResponse.PartitionResult & samsa.v1.ElectLeadersResponse.PartitionResult.$Shape;
                static create(properties?: samsa.v1.ElectLeadersResponse.PartitionResult.$Properties): samsa.v1.ElectLeadersResponse.PartitionResult;

                /**
                 * Encodes the specified PartitionResult message. Does not implicitly {@link samsa.v1.ElectLeadersResponse.PartitionResult.verify|verify} messages.
                 * @param m PartitionResult message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.ElectLeadersResponse.PartitionResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PartitionResult message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.ElectLeadersResponse.PartitionResult & samsa.v1.ElectLeadersResponse.PartitionResult.$Shape} PartitionResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.ElectLeadersResponse.PartitionResult & samsa.v1.ElectLeadersResponse.PartitionResult.$Shape;

                /**
                 * Creates a PartitionResult message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns PartitionResult
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.ElectLeadersResponse.PartitionResult;

                /**
                 * Creates a plain object from a PartitionResult message. Also converts values to other types if specified.
                 * @param m PartitionResult
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.ElectLeadersResponse.PartitionResult, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PartitionResult to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PartitionResult
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PartitionResult {

                /** Properties of a PartitionResult. */
                interface $Properties {

                    /** PartitionResult partition */
                    partition?: (number|null);

                    /** PartitionResult errorCode */
                    errorCode?: (number|null);

                    /** PartitionResult errorMessage */
                    errorMessage?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PartitionResult. */
                type $Shape = samsa.v1.ElectLeadersResponse.PartitionResult.$Properties;
            }
        }

        /**
         * Properties of a DescribeConfigsRequest.
         * @deprecated Use samsa.v1.DescribeConfigsRequest.$Properties instead.
         */
        interface IDescribeConfigsRequest extends samsa.v1.DescribeConfigsRequest.$Properties {
        }

        /** Represents a DescribeConfigsRequest. */
        class DescribeConfigsRequest {

            /**
             * Constructs a new DescribeConfigsRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.DescribeConfigsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DescribeConfigsRequest resources. */
            resources: samsa.v1.DescribeConfigsRequest.DescribeConfigsResource.$Properties[];

            /** DescribeConfigsRequest includeSynonyms. */
            includeSynonyms: boolean;

            /**
             * Creates a new DescribeConfigsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DescribeConfigsRequest instance
             */
            static create(properties: samsa.v1.DescribeConfigsRequest.$Shape): samsa.v1.DescribeConfigsRequest & samsa.v1.DescribeConfigsRequest.$Shape;
            static create(properties?: samsa.v1.DescribeConfigsRequest.$Properties): samsa.v1.DescribeConfigsRequest;

            /**
             * Encodes the specified DescribeConfigsRequest message. Does not implicitly {@link samsa.v1.DescribeConfigsRequest.verify|verify} messages.
             * @param m DescribeConfigsRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.DescribeConfigsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DescribeConfigsRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.DescribeConfigsRequest & samsa.v1.DescribeConfigsRequest.$Shape} DescribeConfigsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DescribeConfigsRequest & samsa.v1.DescribeConfigsRequest.$Shape;

            /**
             * Creates a DescribeConfigsRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DescribeConfigsRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.DescribeConfigsRequest;

            /**
             * Creates a plain object from a DescribeConfigsRequest message. Also converts values to other types if specified.
             * @param m DescribeConfigsRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.DescribeConfigsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DescribeConfigsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DescribeConfigsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DescribeConfigsRequest {

            /** Properties of a DescribeConfigsRequest. */
            interface $Properties {

                /** DescribeConfigsRequest resources */
                resources?: (samsa.v1.DescribeConfigsRequest.DescribeConfigsResource.$Properties[]|null);

                /** DescribeConfigsRequest includeSynonyms */
                includeSynonyms?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DescribeConfigsRequest. */
            type $Shape = samsa.v1.DescribeConfigsRequest.$Properties;

            /**
             * Properties of a DescribeConfigsResource.
             * @deprecated Use samsa.v1.DescribeConfigsRequest.DescribeConfigsResource.$Properties instead.
             */
            interface IDescribeConfigsResource extends samsa.v1.DescribeConfigsRequest.DescribeConfigsResource.$Properties {
            }

            /** Represents a DescribeConfigsResource. */
            class DescribeConfigsResource {

                /**
                 * Constructs a new DescribeConfigsResource.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.DescribeConfigsRequest.DescribeConfigsResource.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DescribeConfigsResource resourceType. */
                resourceType: number;

                /** DescribeConfigsResource resourceName. */
                resourceName: string;

                /** DescribeConfigsResource configurationKeys. */
                configurationKeys: string[];

                /**
                 * Creates a new DescribeConfigsResource instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DescribeConfigsResource instance
                 */
                static create(properties: samsa.v1.DescribeConfigsRequest.DescribeConfigsResource.$Shape): samsa.v1.DescribeConfigsRequest.DescribeConfigsResource & samsa.v1.DescribeConfigsRequest.DescribeConfigsResource.$Shape;
                static create(properties?: samsa.v1.DescribeConfigsRequest.DescribeConfigsResource.$Properties): samsa.v1.DescribeConfigsRequest.DescribeConfigsResource;

                /**
                 * Encodes the specified DescribeConfigsResource message. Does not implicitly {@link samsa.v1.DescribeConfigsRequest.DescribeConfigsResource.verify|verify} messages.
                 * @param m DescribeConfigsResource message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.DescribeConfigsRequest.DescribeConfigsResource.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DescribeConfigsResource message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.DescribeConfigsRequest.DescribeConfigsResource & samsa.v1.DescribeConfigsRequest.DescribeConfigsResource.$Shape} DescribeConfigsResource
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DescribeConfigsRequest.DescribeConfigsResource & samsa.v1.DescribeConfigsRequest.DescribeConfigsResource.$Shape;

                /**
                 * Creates a DescribeConfigsResource message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns DescribeConfigsResource
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.DescribeConfigsRequest.DescribeConfigsResource;

                /**
                 * Creates a plain object from a DescribeConfigsResource message. Also converts values to other types if specified.
                 * @param m DescribeConfigsResource
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.DescribeConfigsRequest.DescribeConfigsResource, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DescribeConfigsResource to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DescribeConfigsResource
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DescribeConfigsResource {

                /** Properties of a DescribeConfigsResource. */
                interface $Properties {

                    /** DescribeConfigsResource resourceType */
                    resourceType?: (number|null);

                    /** DescribeConfigsResource resourceName */
                    resourceName?: (string|null);

                    /** DescribeConfigsResource configurationKeys */
                    configurationKeys?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DescribeConfigsResource. */
                type $Shape = samsa.v1.DescribeConfigsRequest.DescribeConfigsResource.$Properties;
            }
        }

        /**
         * Properties of a DescribeConfigsResponse.
         * @deprecated Use samsa.v1.DescribeConfigsResponse.$Properties instead.
         */
        interface IDescribeConfigsResponse extends samsa.v1.DescribeConfigsResponse.$Properties {
        }

        /** Represents a DescribeConfigsResponse. */
        class DescribeConfigsResponse {

            /**
             * Constructs a new DescribeConfigsResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.DescribeConfigsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DescribeConfigsResponse results. */
            results: samsa.v1.DescribeConfigsResponse.DescribeConfigsResult.$Properties[];

            /**
             * Creates a new DescribeConfigsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DescribeConfigsResponse instance
             */
            static create(properties: samsa.v1.DescribeConfigsResponse.$Shape): samsa.v1.DescribeConfigsResponse & samsa.v1.DescribeConfigsResponse.$Shape;
            static create(properties?: samsa.v1.DescribeConfigsResponse.$Properties): samsa.v1.DescribeConfigsResponse;

            /**
             * Encodes the specified DescribeConfigsResponse message. Does not implicitly {@link samsa.v1.DescribeConfigsResponse.verify|verify} messages.
             * @param m DescribeConfigsResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.DescribeConfigsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DescribeConfigsResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.DescribeConfigsResponse & samsa.v1.DescribeConfigsResponse.$Shape} DescribeConfigsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DescribeConfigsResponse & samsa.v1.DescribeConfigsResponse.$Shape;

            /**
             * Creates a DescribeConfigsResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DescribeConfigsResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.DescribeConfigsResponse;

            /**
             * Creates a plain object from a DescribeConfigsResponse message. Also converts values to other types if specified.
             * @param m DescribeConfigsResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.DescribeConfigsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DescribeConfigsResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DescribeConfigsResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DescribeConfigsResponse {

            /** Properties of a DescribeConfigsResponse. */
            interface $Properties {

                /** DescribeConfigsResponse results */
                results?: (samsa.v1.DescribeConfigsResponse.DescribeConfigsResult.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DescribeConfigsResponse. */
            type $Shape = samsa.v1.DescribeConfigsResponse.$Properties;

            /**
             * Properties of a DescribeConfigsResult.
             * @deprecated Use samsa.v1.DescribeConfigsResponse.DescribeConfigsResult.$Properties instead.
             */
            interface IDescribeConfigsResult extends samsa.v1.DescribeConfigsResponse.DescribeConfigsResult.$Properties {
            }

            /** Represents a DescribeConfigsResult. */
            class DescribeConfigsResult {

                /**
                 * Constructs a new DescribeConfigsResult.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.DescribeConfigsResponse.DescribeConfigsResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DescribeConfigsResult errorCode. */
                errorCode: number;

                /** DescribeConfigsResult errorMessage. */
                errorMessage: string;

                /** DescribeConfigsResult resourceType. */
                resourceType: number;

                /** DescribeConfigsResult resourceName. */
                resourceName: string;

                /** DescribeConfigsResult configs. */
                configs: samsa.v1.DescribeConfigsResponse.DescribeConfigsResourceResult.$Properties[];

                /**
                 * Creates a new DescribeConfigsResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DescribeConfigsResult instance
                 */
                static create(properties: samsa.v1.DescribeConfigsResponse.DescribeConfigsResult.$Shape): samsa.v1.DescribeConfigsResponse.DescribeConfigsResult & samsa.v1.DescribeConfigsResponse.DescribeConfigsResult.$Shape;
                static create(properties?: samsa.v1.DescribeConfigsResponse.DescribeConfigsResult.$Properties): samsa.v1.DescribeConfigsResponse.DescribeConfigsResult;

                /**
                 * Encodes the specified DescribeConfigsResult message. Does not implicitly {@link samsa.v1.DescribeConfigsResponse.DescribeConfigsResult.verify|verify} messages.
                 * @param m DescribeConfigsResult message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.DescribeConfigsResponse.DescribeConfigsResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DescribeConfigsResult message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.DescribeConfigsResponse.DescribeConfigsResult & samsa.v1.DescribeConfigsResponse.DescribeConfigsResult.$Shape} DescribeConfigsResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DescribeConfigsResponse.DescribeConfigsResult & samsa.v1.DescribeConfigsResponse.DescribeConfigsResult.$Shape;

                /**
                 * Creates a DescribeConfigsResult message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns DescribeConfigsResult
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.DescribeConfigsResponse.DescribeConfigsResult;

                /**
                 * Creates a plain object from a DescribeConfigsResult message. Also converts values to other types if specified.
                 * @param m DescribeConfigsResult
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.DescribeConfigsResponse.DescribeConfigsResult, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DescribeConfigsResult to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DescribeConfigsResult
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DescribeConfigsResult {

                /** Properties of a DescribeConfigsResult. */
                interface $Properties {

                    /** DescribeConfigsResult errorCode */
                    errorCode?: (number|null);

                    /** DescribeConfigsResult errorMessage */
                    errorMessage?: (string|null);

                    /** DescribeConfigsResult resourceType */
                    resourceType?: (number|null);

                    /** DescribeConfigsResult resourceName */
                    resourceName?: (string|null);

                    /** DescribeConfigsResult configs */
                    configs?: (samsa.v1.DescribeConfigsResponse.DescribeConfigsResourceResult.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DescribeConfigsResult. */
                type $Shape = samsa.v1.DescribeConfigsResponse.DescribeConfigsResult.$Properties;
            }

            /**
             * Properties of a DescribeConfigsResourceResult.
             * @deprecated Use samsa.v1.DescribeConfigsResponse.DescribeConfigsResourceResult.$Properties instead.
             */
            interface IDescribeConfigsResourceResult extends samsa.v1.DescribeConfigsResponse.DescribeConfigsResourceResult.$Properties {
            }

            /** Represents a DescribeConfigsResourceResult. */
            class DescribeConfigsResourceResult {

                /**
                 * Constructs a new DescribeConfigsResourceResult.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.DescribeConfigsResponse.DescribeConfigsResourceResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DescribeConfigsResourceResult name. */
                name: string;

                /** DescribeConfigsResourceResult value. */
                value: string;

                /** DescribeConfigsResourceResult readOnly. */
                readOnly: boolean;

                /** DescribeConfigsResourceResult isDefault. */
                isDefault: boolean;

                /** DescribeConfigsResourceResult isSensitive. */
                isSensitive: boolean;

                /** DescribeConfigsResourceResult configSource. */
                configSource: number;

                /** DescribeConfigsResourceResult synonyms. */
                synonyms: samsa.v1.DescribeConfigsResponse.DescribeConfigsSynonym.$Properties[];

                /**
                 * Creates a new DescribeConfigsResourceResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DescribeConfigsResourceResult instance
                 */
                static create(properties: samsa.v1.DescribeConfigsResponse.DescribeConfigsResourceResult.$Shape): samsa.v1.DescribeConfigsResponse.DescribeConfigsResourceResult & samsa.v1.DescribeConfigsResponse.DescribeConfigsResourceResult.$Shape;
                static create(properties?: samsa.v1.DescribeConfigsResponse.DescribeConfigsResourceResult.$Properties): samsa.v1.DescribeConfigsResponse.DescribeConfigsResourceResult;

                /**
                 * Encodes the specified DescribeConfigsResourceResult message. Does not implicitly {@link samsa.v1.DescribeConfigsResponse.DescribeConfigsResourceResult.verify|verify} messages.
                 * @param m DescribeConfigsResourceResult message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.DescribeConfigsResponse.DescribeConfigsResourceResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DescribeConfigsResourceResult message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.DescribeConfigsResponse.DescribeConfigsResourceResult & samsa.v1.DescribeConfigsResponse.DescribeConfigsResourceResult.$Shape} DescribeConfigsResourceResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DescribeConfigsResponse.DescribeConfigsResourceResult & samsa.v1.DescribeConfigsResponse.DescribeConfigsResourceResult.$Shape;

                /**
                 * Creates a DescribeConfigsResourceResult message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns DescribeConfigsResourceResult
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.DescribeConfigsResponse.DescribeConfigsResourceResult;

                /**
                 * Creates a plain object from a DescribeConfigsResourceResult message. Also converts values to other types if specified.
                 * @param m DescribeConfigsResourceResult
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.DescribeConfigsResponse.DescribeConfigsResourceResult, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DescribeConfigsResourceResult to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DescribeConfigsResourceResult
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DescribeConfigsResourceResult {

                /** Properties of a DescribeConfigsResourceResult. */
                interface $Properties {

                    /** DescribeConfigsResourceResult name */
                    name?: (string|null);

                    /** DescribeConfigsResourceResult value */
                    value?: (string|null);

                    /** DescribeConfigsResourceResult readOnly */
                    readOnly?: (boolean|null);

                    /** DescribeConfigsResourceResult isDefault */
                    isDefault?: (boolean|null);

                    /** DescribeConfigsResourceResult isSensitive */
                    isSensitive?: (boolean|null);

                    /** DescribeConfigsResourceResult configSource */
                    configSource?: (number|null);

                    /** DescribeConfigsResourceResult synonyms */
                    synonyms?: (samsa.v1.DescribeConfigsResponse.DescribeConfigsSynonym.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DescribeConfigsResourceResult. */
                type $Shape = samsa.v1.DescribeConfigsResponse.DescribeConfigsResourceResult.$Properties;
            }

            /**
             * Properties of a DescribeConfigsSynonym.
             * @deprecated Use samsa.v1.DescribeConfigsResponse.DescribeConfigsSynonym.$Properties instead.
             */
            interface IDescribeConfigsSynonym extends samsa.v1.DescribeConfigsResponse.DescribeConfigsSynonym.$Properties {
            }

            /** Represents a DescribeConfigsSynonym. */
            class DescribeConfigsSynonym {

                /**
                 * Constructs a new DescribeConfigsSynonym.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.DescribeConfigsResponse.DescribeConfigsSynonym.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DescribeConfigsSynonym name. */
                name: string;

                /** DescribeConfigsSynonym value. */
                value: string;

                /** DescribeConfigsSynonym source. */
                source: number;

                /**
                 * Creates a new DescribeConfigsSynonym instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DescribeConfigsSynonym instance
                 */
                static create(properties: samsa.v1.DescribeConfigsResponse.DescribeConfigsSynonym.$Shape): samsa.v1.DescribeConfigsResponse.DescribeConfigsSynonym & samsa.v1.DescribeConfigsResponse.DescribeConfigsSynonym.$Shape;
                static create(properties?: samsa.v1.DescribeConfigsResponse.DescribeConfigsSynonym.$Properties): samsa.v1.DescribeConfigsResponse.DescribeConfigsSynonym;

                /**
                 * Encodes the specified DescribeConfigsSynonym message. Does not implicitly {@link samsa.v1.DescribeConfigsResponse.DescribeConfigsSynonym.verify|verify} messages.
                 * @param m DescribeConfigsSynonym message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.DescribeConfigsResponse.DescribeConfigsSynonym.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DescribeConfigsSynonym message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.DescribeConfigsResponse.DescribeConfigsSynonym & samsa.v1.DescribeConfigsResponse.DescribeConfigsSynonym.$Shape} DescribeConfigsSynonym
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DescribeConfigsResponse.DescribeConfigsSynonym & samsa.v1.DescribeConfigsResponse.DescribeConfigsSynonym.$Shape;

                /**
                 * Creates a DescribeConfigsSynonym message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns DescribeConfigsSynonym
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.DescribeConfigsResponse.DescribeConfigsSynonym;

                /**
                 * Creates a plain object from a DescribeConfigsSynonym message. Also converts values to other types if specified.
                 * @param m DescribeConfigsSynonym
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.DescribeConfigsResponse.DescribeConfigsSynonym, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DescribeConfigsSynonym to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DescribeConfigsSynonym
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DescribeConfigsSynonym {

                /** Properties of a DescribeConfigsSynonym. */
                interface $Properties {

                    /** DescribeConfigsSynonym name */
                    name?: (string|null);

                    /** DescribeConfigsSynonym value */
                    value?: (string|null);

                    /** DescribeConfigsSynonym source */
                    source?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DescribeConfigsSynonym. */
                type $Shape = samsa.v1.DescribeConfigsResponse.DescribeConfigsSynonym.$Properties;
            }
        }

        /**
         * Properties of a LeaderAndIsrRequest.
         * @deprecated Use samsa.v1.LeaderAndIsrRequest.$Properties instead.
         */
        interface ILeaderAndIsrRequest extends samsa.v1.LeaderAndIsrRequest.$Properties {
        }

        /** Represents a LeaderAndIsrRequest. */
        class LeaderAndIsrRequest {

            /**
             * Constructs a new LeaderAndIsrRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.LeaderAndIsrRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LeaderAndIsrRequest controllerId. */
            controllerId: number;

            /** LeaderAndIsrRequest controllerEpoch. */
            controllerEpoch: number;

            /** LeaderAndIsrRequest brokerEpoch. */
            brokerEpoch: number;

            /** LeaderAndIsrRequest partitionStates. */
            partitionStates: samsa.v1.LeaderAndIsrRequest.PartitionState.$Properties[];

            /** LeaderAndIsrRequest liveLeaders. */
            liveLeaders: samsa.v1.LeaderAndIsrRequest.LiveLeader.$Properties[];

            /**
             * Creates a new LeaderAndIsrRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LeaderAndIsrRequest instance
             */
            static create(properties: samsa.v1.LeaderAndIsrRequest.$Shape): samsa.v1.LeaderAndIsrRequest & samsa.v1.LeaderAndIsrRequest.$Shape;
            static create(properties?: samsa.v1.LeaderAndIsrRequest.$Properties): samsa.v1.LeaderAndIsrRequest;

            /**
             * Encodes the specified LeaderAndIsrRequest message. Does not implicitly {@link samsa.v1.LeaderAndIsrRequest.verify|verify} messages.
             * @param m LeaderAndIsrRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.LeaderAndIsrRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LeaderAndIsrRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.LeaderAndIsrRequest & samsa.v1.LeaderAndIsrRequest.$Shape} LeaderAndIsrRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.LeaderAndIsrRequest & samsa.v1.LeaderAndIsrRequest.$Shape;

            /**
             * Creates a LeaderAndIsrRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns LeaderAndIsrRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.LeaderAndIsrRequest;

            /**
             * Creates a plain object from a LeaderAndIsrRequest message. Also converts values to other types if specified.
             * @param m LeaderAndIsrRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.LeaderAndIsrRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LeaderAndIsrRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LeaderAndIsrRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LeaderAndIsrRequest {

            /** Properties of a LeaderAndIsrRequest. */
            interface $Properties {

                /** LeaderAndIsrRequest controllerId */
                controllerId?: (number|null);

                /** LeaderAndIsrRequest controllerEpoch */
                controllerEpoch?: (number|null);

                /** LeaderAndIsrRequest brokerEpoch */
                brokerEpoch?: (number|null);

                /** LeaderAndIsrRequest partitionStates */
                partitionStates?: (samsa.v1.LeaderAndIsrRequest.PartitionState.$Properties[]|null);

                /** LeaderAndIsrRequest liveLeaders */
                liveLeaders?: (samsa.v1.LeaderAndIsrRequest.LiveLeader.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LeaderAndIsrRequest. */
            type $Shape = samsa.v1.LeaderAndIsrRequest.$Properties;

            /**
             * Properties of a PartitionState.
             * @deprecated Use samsa.v1.LeaderAndIsrRequest.PartitionState.$Properties instead.
             */
            interface IPartitionState extends samsa.v1.LeaderAndIsrRequest.PartitionState.$Properties {
            }

            /** Represents a PartitionState. */
            class PartitionState {

                /**
                 * Constructs a new PartitionState.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.LeaderAndIsrRequest.PartitionState.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PartitionState topic. */
                topic: string;

                /** PartitionState partition. */
                partition: number;

                /** PartitionState controllerEpoch. */
                controllerEpoch: number;

                /** PartitionState leader. */
                leader: number;

                /** PartitionState leaderEpoch. */
                leaderEpoch: number;

                /** PartitionState isr. */
                isr: number[];

                /** PartitionState zkVersion. */
                zkVersion: number;

                /** PartitionState replicas. */
                replicas: number[];

                /** PartitionState addingReplicas. */
                addingReplicas: number[];

                /** PartitionState removingReplicas. */
                removingReplicas: number[];

                /** PartitionState isNew. */
                isNew: boolean;

                /**
                 * Creates a new PartitionState instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PartitionState instance
                 */
                static create(properties: samsa.v1.LeaderAndIsrRequest.PartitionState.$Shape): samsa.v1.LeaderAndIsrRequest.PartitionState & samsa.v1.LeaderAndIsrRequest.PartitionState.$Shape;
                static create(properties?: samsa.v1.LeaderAndIsrRequest.PartitionState.$Properties): samsa.v1.LeaderAndIsrRequest.PartitionState;

                /**
                 * Encodes the specified PartitionState message. Does not implicitly {@link samsa.v1.LeaderAndIsrRequest.PartitionState.verify|verify} messages.
                 * @param m PartitionState message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.LeaderAndIsrRequest.PartitionState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PartitionState message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.LeaderAndIsrRequest.PartitionState & samsa.v1.LeaderAndIsrRequest.PartitionState.$Shape} PartitionState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.LeaderAndIsrRequest.PartitionState & samsa.v1.LeaderAndIsrRequest.PartitionState.$Shape;

                /**
                 * Creates a PartitionState message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns PartitionState
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.LeaderAndIsrRequest.PartitionState;

                /**
                 * Creates a plain object from a PartitionState message. Also converts values to other types if specified.
                 * @param m PartitionState
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.LeaderAndIsrRequest.PartitionState, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PartitionState to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PartitionState
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PartitionState {

                /** Properties of a PartitionState. */
                interface $Properties {

                    /** PartitionState topic */
                    topic?: (string|null);

                    /** PartitionState partition */
                    partition?: (number|null);

                    /** PartitionState controllerEpoch */
                    controllerEpoch?: (number|null);

                    /** PartitionState leader */
                    leader?: (number|null);

                    /** PartitionState leaderEpoch */
                    leaderEpoch?: (number|null);

                    /** PartitionState isr */
                    isr?: (number[]|null);

                    /** PartitionState zkVersion */
                    zkVersion?: (number|null);

                    /** PartitionState replicas */
                    replicas?: (number[]|null);

                    /** PartitionState addingReplicas */
                    addingReplicas?: (number[]|null);

                    /** PartitionState removingReplicas */
                    removingReplicas?: (number[]|null);

                    /** PartitionState isNew */
                    isNew?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PartitionState. */
                type $Shape = samsa.v1.LeaderAndIsrRequest.PartitionState.$Properties;
            }

            /**
             * Properties of a LiveLeader.
             * @deprecated Use samsa.v1.LeaderAndIsrRequest.LiveLeader.$Properties instead.
             */
            interface ILiveLeader extends samsa.v1.LeaderAndIsrRequest.LiveLeader.$Properties {
            }

            /** Represents a LiveLeader. */
            class LiveLeader {

                /**
                 * Constructs a new LiveLeader.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.LeaderAndIsrRequest.LiveLeader.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** LiveLeader brokerId. */
                brokerId: number;

                /** LiveLeader host. */
                host: string;

                /** LiveLeader port. */
                port: number;

                /**
                 * Creates a new LiveLeader instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns LiveLeader instance
                 */
                static create(properties: samsa.v1.LeaderAndIsrRequest.LiveLeader.$Shape): samsa.v1.LeaderAndIsrRequest.LiveLeader & samsa.v1.LeaderAndIsrRequest.LiveLeader.$Shape;
                static create(properties?: samsa.v1.LeaderAndIsrRequest.LiveLeader.$Properties): samsa.v1.LeaderAndIsrRequest.LiveLeader;

                /**
                 * Encodes the specified LiveLeader message. Does not implicitly {@link samsa.v1.LeaderAndIsrRequest.LiveLeader.verify|verify} messages.
                 * @param m LiveLeader message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.LeaderAndIsrRequest.LiveLeader.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a LiveLeader message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.LeaderAndIsrRequest.LiveLeader & samsa.v1.LeaderAndIsrRequest.LiveLeader.$Shape} LiveLeader
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.LeaderAndIsrRequest.LiveLeader & samsa.v1.LeaderAndIsrRequest.LiveLeader.$Shape;

                /**
                 * Creates a LiveLeader message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns LiveLeader
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.LeaderAndIsrRequest.LiveLeader;

                /**
                 * Creates a plain object from a LiveLeader message. Also converts values to other types if specified.
                 * @param m LiveLeader
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.LeaderAndIsrRequest.LiveLeader, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this LiveLeader to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for LiveLeader
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace LiveLeader {

                /** Properties of a LiveLeader. */
                interface $Properties {

                    /** LiveLeader brokerId */
                    brokerId?: (number|null);

                    /** LiveLeader host */
                    host?: (string|null);

                    /** LiveLeader port */
                    port?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a LiveLeader. */
                type $Shape = samsa.v1.LeaderAndIsrRequest.LiveLeader.$Properties;
            }
        }

        /**
         * Properties of a LeaderAndIsrResponse.
         * @deprecated Use samsa.v1.LeaderAndIsrResponse.$Properties instead.
         */
        interface ILeaderAndIsrResponse extends samsa.v1.LeaderAndIsrResponse.$Properties {
        }

        /** Represents a LeaderAndIsrResponse. */
        class LeaderAndIsrResponse {

            /**
             * Constructs a new LeaderAndIsrResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.LeaderAndIsrResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LeaderAndIsrResponse errorCode. */
            errorCode: number;

            /** LeaderAndIsrResponse partitionErrors. */
            partitionErrors: samsa.v1.LeaderAndIsrResponse.PartitionError.$Properties[];

            /**
             * Creates a new LeaderAndIsrResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LeaderAndIsrResponse instance
             */
            static create(properties: samsa.v1.LeaderAndIsrResponse.$Shape): samsa.v1.LeaderAndIsrResponse & samsa.v1.LeaderAndIsrResponse.$Shape;
            static create(properties?: samsa.v1.LeaderAndIsrResponse.$Properties): samsa.v1.LeaderAndIsrResponse;

            /**
             * Encodes the specified LeaderAndIsrResponse message. Does not implicitly {@link samsa.v1.LeaderAndIsrResponse.verify|verify} messages.
             * @param m LeaderAndIsrResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.LeaderAndIsrResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LeaderAndIsrResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.LeaderAndIsrResponse & samsa.v1.LeaderAndIsrResponse.$Shape} LeaderAndIsrResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.LeaderAndIsrResponse & samsa.v1.LeaderAndIsrResponse.$Shape;

            /**
             * Creates a LeaderAndIsrResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns LeaderAndIsrResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.LeaderAndIsrResponse;

            /**
             * Creates a plain object from a LeaderAndIsrResponse message. Also converts values to other types if specified.
             * @param m LeaderAndIsrResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.LeaderAndIsrResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LeaderAndIsrResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LeaderAndIsrResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LeaderAndIsrResponse {

            /** Properties of a LeaderAndIsrResponse. */
            interface $Properties {

                /** LeaderAndIsrResponse errorCode */
                errorCode?: (number|null);

                /** LeaderAndIsrResponse partitionErrors */
                partitionErrors?: (samsa.v1.LeaderAndIsrResponse.PartitionError.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LeaderAndIsrResponse. */
            type $Shape = samsa.v1.LeaderAndIsrResponse.$Properties;

            /**
             * Properties of a PartitionError.
             * @deprecated Use samsa.v1.LeaderAndIsrResponse.PartitionError.$Properties instead.
             */
            interface IPartitionError extends samsa.v1.LeaderAndIsrResponse.PartitionError.$Properties {
            }

            /** Represents a PartitionError. */
            class PartitionError {

                /**
                 * Constructs a new PartitionError.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.LeaderAndIsrResponse.PartitionError.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PartitionError topic. */
                topic: string;

                /** PartitionError partition. */
                partition: number;

                /** PartitionError errorCode. */
                errorCode: number;

                /**
                 * Creates a new PartitionError instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PartitionError instance
                 */
                static create(properties: samsa.v1.LeaderAndIsrResponse.PartitionError.$Shape): samsa.v1.LeaderAndIsrResponse.PartitionError & samsa.v1.LeaderAndIsrResponse.PartitionError.$Shape;
                static create(properties?: samsa.v1.LeaderAndIsrResponse.PartitionError.$Properties): samsa.v1.LeaderAndIsrResponse.PartitionError;

                /**
                 * Encodes the specified PartitionError message. Does not implicitly {@link samsa.v1.LeaderAndIsrResponse.PartitionError.verify|verify} messages.
                 * @param m PartitionError message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.LeaderAndIsrResponse.PartitionError.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PartitionError message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.LeaderAndIsrResponse.PartitionError & samsa.v1.LeaderAndIsrResponse.PartitionError.$Shape} PartitionError
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.LeaderAndIsrResponse.PartitionError & samsa.v1.LeaderAndIsrResponse.PartitionError.$Shape;

                /**
                 * Creates a PartitionError message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns PartitionError
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.LeaderAndIsrResponse.PartitionError;

                /**
                 * Creates a plain object from a PartitionError message. Also converts values to other types if specified.
                 * @param m PartitionError
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.LeaderAndIsrResponse.PartitionError, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PartitionError to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PartitionError
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PartitionError {

                /** Properties of a PartitionError. */
                interface $Properties {

                    /** PartitionError topic */
                    topic?: (string|null);

                    /** PartitionError partition */
                    partition?: (number|null);

                    /** PartitionError errorCode */
                    errorCode?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PartitionError. */
                type $Shape = samsa.v1.LeaderAndIsrResponse.PartitionError.$Properties;
            }
        }

        /**
         * Properties of an UpdateMetadataRequest.
         * @deprecated Use samsa.v1.UpdateMetadataRequest.$Properties instead.
         */
        interface IUpdateMetadataRequest extends samsa.v1.UpdateMetadataRequest.$Properties {
        }

        /** Represents an UpdateMetadataRequest. */
        class UpdateMetadataRequest {

            /**
             * Constructs a new UpdateMetadataRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.UpdateMetadataRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UpdateMetadataRequest controllerId. */
            controllerId: number;

            /** UpdateMetadataRequest controllerEpoch. */
            controllerEpoch: number;

            /** UpdateMetadataRequest brokerEpoch. */
            brokerEpoch: number;

            /** UpdateMetadataRequest partitionStates. */
            partitionStates: samsa.v1.UpdateMetadataRequest.PartitionState.$Properties[];

            /** UpdateMetadataRequest liveBrokers. */
            liveBrokers: samsa.v1.UpdateMetadataRequest.LiveBroker.$Properties[];

            /**
             * Creates a new UpdateMetadataRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UpdateMetadataRequest instance
             */
            static create(properties: samsa.v1.UpdateMetadataRequest.$Shape): samsa.v1.UpdateMetadataRequest & samsa.v1.UpdateMetadataRequest.$Shape;
            static create(properties?: samsa.v1.UpdateMetadataRequest.$Properties): samsa.v1.UpdateMetadataRequest;

            /**
             * Encodes the specified UpdateMetadataRequest message. Does not implicitly {@link samsa.v1.UpdateMetadataRequest.verify|verify} messages.
             * @param m UpdateMetadataRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.UpdateMetadataRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UpdateMetadataRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.UpdateMetadataRequest & samsa.v1.UpdateMetadataRequest.$Shape} UpdateMetadataRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.UpdateMetadataRequest & samsa.v1.UpdateMetadataRequest.$Shape;

            /**
             * Creates an UpdateMetadataRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns UpdateMetadataRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.UpdateMetadataRequest;

            /**
             * Creates a plain object from an UpdateMetadataRequest message. Also converts values to other types if specified.
             * @param m UpdateMetadataRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.UpdateMetadataRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UpdateMetadataRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UpdateMetadataRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UpdateMetadataRequest {

            /** Properties of an UpdateMetadataRequest. */
            interface $Properties {

                /** UpdateMetadataRequest controllerId */
                controllerId?: (number|null);

                /** UpdateMetadataRequest controllerEpoch */
                controllerEpoch?: (number|null);

                /** UpdateMetadataRequest brokerEpoch */
                brokerEpoch?: (number|null);

                /** UpdateMetadataRequest partitionStates */
                partitionStates?: (samsa.v1.UpdateMetadataRequest.PartitionState.$Properties[]|null);

                /** UpdateMetadataRequest liveBrokers */
                liveBrokers?: (samsa.v1.UpdateMetadataRequest.LiveBroker.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UpdateMetadataRequest. */
            type $Shape = samsa.v1.UpdateMetadataRequest.$Properties;

            /**
             * Properties of a PartitionState.
             * @deprecated Use samsa.v1.UpdateMetadataRequest.PartitionState.$Properties instead.
             */
            interface IPartitionState extends samsa.v1.UpdateMetadataRequest.PartitionState.$Properties {
            }

            /** Represents a PartitionState. */
            class PartitionState {

                /**
                 * Constructs a new PartitionState.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.UpdateMetadataRequest.PartitionState.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PartitionState topic. */
                topic: string;

                /** PartitionState partition. */
                partition: number;

                /** PartitionState controllerEpoch. */
                controllerEpoch: number;

                /** PartitionState leader. */
                leader: number;

                /** PartitionState leaderEpoch. */
                leaderEpoch: number;

                /** PartitionState isr. */
                isr: number[];

                /** PartitionState zkVersion. */
                zkVersion: number;

                /** PartitionState replicas. */
                replicas: number[];

                /** PartitionState offlineReplicas. */
                offlineReplicas: number[];

                /**
                 * Creates a new PartitionState instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PartitionState instance
                 */
                static create(properties: samsa.v1.UpdateMetadataRequest.PartitionState.$Shape): samsa.v1.UpdateMetadataRequest.PartitionState & samsa.v1.UpdateMetadataRequest.PartitionState.$Shape;
                static create(properties?: samsa.v1.UpdateMetadataRequest.PartitionState.$Properties): samsa.v1.UpdateMetadataRequest.PartitionState;

                /**
                 * Encodes the specified PartitionState message. Does not implicitly {@link samsa.v1.UpdateMetadataRequest.PartitionState.verify|verify} messages.
                 * @param m PartitionState message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.UpdateMetadataRequest.PartitionState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PartitionState message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.UpdateMetadataRequest.PartitionState & samsa.v1.UpdateMetadataRequest.PartitionState.$Shape} PartitionState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.UpdateMetadataRequest.PartitionState & samsa.v1.UpdateMetadataRequest.PartitionState.$Shape;

                /**
                 * Creates a PartitionState message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns PartitionState
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.UpdateMetadataRequest.PartitionState;

                /**
                 * Creates a plain object from a PartitionState message. Also converts values to other types if specified.
                 * @param m PartitionState
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.UpdateMetadataRequest.PartitionState, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PartitionState to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PartitionState
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PartitionState {

                /** Properties of a PartitionState. */
                interface $Properties {

                    /** PartitionState topic */
                    topic?: (string|null);

                    /** PartitionState partition */
                    partition?: (number|null);

                    /** PartitionState controllerEpoch */
                    controllerEpoch?: (number|null);

                    /** PartitionState leader */
                    leader?: (number|null);

                    /** PartitionState leaderEpoch */
                    leaderEpoch?: (number|null);

                    /** PartitionState isr */
                    isr?: (number[]|null);

                    /** PartitionState zkVersion */
                    zkVersion?: (number|null);

                    /** PartitionState replicas */
                    replicas?: (number[]|null);

                    /** PartitionState offlineReplicas */
                    offlineReplicas?: (number[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PartitionState. */
                type $Shape = samsa.v1.UpdateMetadataRequest.PartitionState.$Properties;
            }

            /**
             * Properties of a LiveBroker.
             * @deprecated Use samsa.v1.UpdateMetadataRequest.LiveBroker.$Properties instead.
             */
            interface ILiveBroker extends samsa.v1.UpdateMetadataRequest.LiveBroker.$Properties {
            }

            /** Represents a LiveBroker. */
            class LiveBroker {

                /**
                 * Constructs a new LiveBroker.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.UpdateMetadataRequest.LiveBroker.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** LiveBroker id. */
                id: number;

                /** LiveBroker endpoints. */
                endpoints: samsa.v1.UpdateMetadataRequest.Endpoint.$Properties[];

                /** LiveBroker rack. */
                rack: string;

                /**
                 * Creates a new LiveBroker instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns LiveBroker instance
                 */
                static create(properties: samsa.v1.UpdateMetadataRequest.LiveBroker.$Shape): samsa.v1.UpdateMetadataRequest.LiveBroker & samsa.v1.UpdateMetadataRequest.LiveBroker.$Shape;
                static create(properties?: samsa.v1.UpdateMetadataRequest.LiveBroker.$Properties): samsa.v1.UpdateMetadataRequest.LiveBroker;

                /**
                 * Encodes the specified LiveBroker message. Does not implicitly {@link samsa.v1.UpdateMetadataRequest.LiveBroker.verify|verify} messages.
                 * @param m LiveBroker message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.UpdateMetadataRequest.LiveBroker.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a LiveBroker message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.UpdateMetadataRequest.LiveBroker & samsa.v1.UpdateMetadataRequest.LiveBroker.$Shape} LiveBroker
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.UpdateMetadataRequest.LiveBroker & samsa.v1.UpdateMetadataRequest.LiveBroker.$Shape;

                /**
                 * Creates a LiveBroker message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns LiveBroker
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.UpdateMetadataRequest.LiveBroker;

                /**
                 * Creates a plain object from a LiveBroker message. Also converts values to other types if specified.
                 * @param m LiveBroker
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.UpdateMetadataRequest.LiveBroker, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this LiveBroker to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for LiveBroker
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace LiveBroker {

                /** Properties of a LiveBroker. */
                interface $Properties {

                    /** LiveBroker id */
                    id?: (number|null);

                    /** LiveBroker endpoints */
                    endpoints?: (samsa.v1.UpdateMetadataRequest.Endpoint.$Properties[]|null);

                    /** LiveBroker rack */
                    rack?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a LiveBroker. */
                type $Shape = samsa.v1.UpdateMetadataRequest.LiveBroker.$Properties;
            }

            /**
             * Properties of an Endpoint.
             * @deprecated Use samsa.v1.UpdateMetadataRequest.Endpoint.$Properties instead.
             */
            interface IEndpoint extends samsa.v1.UpdateMetadataRequest.Endpoint.$Properties {
            }

            /** Represents an Endpoint. */
            class Endpoint {

                /**
                 * Constructs a new Endpoint.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.UpdateMetadataRequest.Endpoint.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Endpoint port. */
                port: number;

                /** Endpoint host. */
                host: string;

                /** Endpoint listener. */
                listener: string;

                /** Endpoint securityProtocol. */
                securityProtocol: string;

                /**
                 * Creates a new Endpoint instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Endpoint instance
                 */
                static create(properties: samsa.v1.UpdateMetadataRequest.Endpoint.$Shape): samsa.v1.UpdateMetadataRequest.Endpoint & samsa.v1.UpdateMetadataRequest.Endpoint.$Shape;
                static create(properties?: samsa.v1.UpdateMetadataRequest.Endpoint.$Properties): samsa.v1.UpdateMetadataRequest.Endpoint;

                /**
                 * Encodes the specified Endpoint message. Does not implicitly {@link samsa.v1.UpdateMetadataRequest.Endpoint.verify|verify} messages.
                 * @param m Endpoint message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.UpdateMetadataRequest.Endpoint.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Endpoint message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.UpdateMetadataRequest.Endpoint & samsa.v1.UpdateMetadataRequest.Endpoint.$Shape} Endpoint
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.UpdateMetadataRequest.Endpoint & samsa.v1.UpdateMetadataRequest.Endpoint.$Shape;

                /**
                 * Creates an Endpoint message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Endpoint
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.UpdateMetadataRequest.Endpoint;

                /**
                 * Creates a plain object from an Endpoint message. Also converts values to other types if specified.
                 * @param m Endpoint
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.UpdateMetadataRequest.Endpoint, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Endpoint to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Endpoint
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Endpoint {

                /** Properties of an Endpoint. */
                interface $Properties {

                    /** Endpoint port */
                    port?: (number|null);

                    /** Endpoint host */
                    host?: (string|null);

                    /** Endpoint listener */
                    listener?: (string|null);

                    /** Endpoint securityProtocol */
                    securityProtocol?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Endpoint. */
                type $Shape = samsa.v1.UpdateMetadataRequest.Endpoint.$Properties;
            }
        }

        /**
         * Properties of an UpdateMetadataResponse.
         * @deprecated Use samsa.v1.UpdateMetadataResponse.$Properties instead.
         */
        interface IUpdateMetadataResponse extends samsa.v1.UpdateMetadataResponse.$Properties {
        }

        /** Represents an UpdateMetadataResponse. */
        class UpdateMetadataResponse {

            /**
             * Constructs a new UpdateMetadataResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.UpdateMetadataResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UpdateMetadataResponse errorCode. */
            errorCode: number;

            /**
             * Creates a new UpdateMetadataResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UpdateMetadataResponse instance
             */
            static create(properties: samsa.v1.UpdateMetadataResponse.$Shape): samsa.v1.UpdateMetadataResponse & samsa.v1.UpdateMetadataResponse.$Shape;
            static create(properties?: samsa.v1.UpdateMetadataResponse.$Properties): samsa.v1.UpdateMetadataResponse;

            /**
             * Encodes the specified UpdateMetadataResponse message. Does not implicitly {@link samsa.v1.UpdateMetadataResponse.verify|verify} messages.
             * @param m UpdateMetadataResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.UpdateMetadataResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UpdateMetadataResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.UpdateMetadataResponse & samsa.v1.UpdateMetadataResponse.$Shape} UpdateMetadataResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.UpdateMetadataResponse & samsa.v1.UpdateMetadataResponse.$Shape;

            /**
             * Creates an UpdateMetadataResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns UpdateMetadataResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.UpdateMetadataResponse;

            /**
             * Creates a plain object from an UpdateMetadataResponse message. Also converts values to other types if specified.
             * @param m UpdateMetadataResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.UpdateMetadataResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UpdateMetadataResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UpdateMetadataResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UpdateMetadataResponse {

            /** Properties of an UpdateMetadataResponse. */
            interface $Properties {

                /** UpdateMetadataResponse errorCode */
                errorCode?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UpdateMetadataResponse. */
            type $Shape = samsa.v1.UpdateMetadataResponse.$Properties;
        }

        /**
         * Properties of a StopReplicaRequest.
         * @deprecated Use samsa.v1.StopReplicaRequest.$Properties instead.
         */
        interface IStopReplicaRequest extends samsa.v1.StopReplicaRequest.$Properties {
        }

        /** Represents a StopReplicaRequest. */
        class StopReplicaRequest {

            /**
             * Constructs a new StopReplicaRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.StopReplicaRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StopReplicaRequest controllerId. */
            controllerId: number;

            /** StopReplicaRequest controllerEpoch. */
            controllerEpoch: number;

            /** StopReplicaRequest brokerEpoch. */
            brokerEpoch: number;

            /** StopReplicaRequest partitions. */
            partitions: samsa.v1.StopReplicaRequest.StopReplicaPartition.$Properties[];

            /**
             * Creates a new StopReplicaRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StopReplicaRequest instance
             */
            static create(properties: samsa.v1.StopReplicaRequest.$Shape): samsa.v1.StopReplicaRequest & samsa.v1.StopReplicaRequest.$Shape;
            static create(properties?: samsa.v1.StopReplicaRequest.$Properties): samsa.v1.StopReplicaRequest;

            /**
             * Encodes the specified StopReplicaRequest message. Does not implicitly {@link samsa.v1.StopReplicaRequest.verify|verify} messages.
             * @param m StopReplicaRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.StopReplicaRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StopReplicaRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.StopReplicaRequest & samsa.v1.StopReplicaRequest.$Shape} StopReplicaRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.StopReplicaRequest & samsa.v1.StopReplicaRequest.$Shape;

            /**
             * Creates a StopReplicaRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns StopReplicaRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.StopReplicaRequest;

            /**
             * Creates a plain object from a StopReplicaRequest message. Also converts values to other types if specified.
             * @param m StopReplicaRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.StopReplicaRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StopReplicaRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StopReplicaRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StopReplicaRequest {

            /** Properties of a StopReplicaRequest. */
            interface $Properties {

                /** StopReplicaRequest controllerId */
                controllerId?: (number|null);

                /** StopReplicaRequest controllerEpoch */
                controllerEpoch?: (number|null);

                /** StopReplicaRequest brokerEpoch */
                brokerEpoch?: (number|null);

                /** StopReplicaRequest partitions */
                partitions?: (samsa.v1.StopReplicaRequest.StopReplicaPartition.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StopReplicaRequest. */
            type $Shape = samsa.v1.StopReplicaRequest.$Properties;

            /**
             * Properties of a StopReplicaPartition.
             * @deprecated Use samsa.v1.StopReplicaRequest.StopReplicaPartition.$Properties instead.
             */
            interface IStopReplicaPartition extends samsa.v1.StopReplicaRequest.StopReplicaPartition.$Properties {
            }

            /** Represents a StopReplicaPartition. */
            class StopReplicaPartition {

                /**
                 * Constructs a new StopReplicaPartition.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.StopReplicaRequest.StopReplicaPartition.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StopReplicaPartition topic. */
                topic: string;

                /** StopReplicaPartition partition. */
                partition: number;

                /** StopReplicaPartition leaderEpoch. */
                leaderEpoch: number;

                /** StopReplicaPartition deletePartition. */
                deletePartition: boolean;

                /**
                 * Creates a new StopReplicaPartition instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StopReplicaPartition instance
                 */
                static create(properties: samsa.v1.StopReplicaRequest.StopReplicaPartition.$Shape): samsa.v1.StopReplicaRequest.StopReplicaPartition & samsa.v1.StopReplicaRequest.StopReplicaPartition.$Shape;
                static create(properties?: samsa.v1.StopReplicaRequest.StopReplicaPartition.$Properties): samsa.v1.StopReplicaRequest.StopReplicaPartition;

                /**
                 * Encodes the specified StopReplicaPartition message. Does not implicitly {@link samsa.v1.StopReplicaRequest.StopReplicaPartition.verify|verify} messages.
                 * @param m StopReplicaPartition message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.StopReplicaRequest.StopReplicaPartition.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StopReplicaPartition message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.StopReplicaRequest.StopReplicaPartition & samsa.v1.StopReplicaRequest.StopReplicaPartition.$Shape} StopReplicaPartition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.StopReplicaRequest.StopReplicaPartition & samsa.v1.StopReplicaRequest.StopReplicaPartition.$Shape;

                /**
                 * Creates a StopReplicaPartition message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns StopReplicaPartition
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.StopReplicaRequest.StopReplicaPartition;

                /**
                 * Creates a plain object from a StopReplicaPartition message. Also converts values to other types if specified.
                 * @param m StopReplicaPartition
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.StopReplicaRequest.StopReplicaPartition, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StopReplicaPartition to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for StopReplicaPartition
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StopReplicaPartition {

                /** Properties of a StopReplicaPartition. */
                interface $Properties {

                    /** StopReplicaPartition topic */
                    topic?: (string|null);

                    /** StopReplicaPartition partition */
                    partition?: (number|null);

                    /** StopReplicaPartition leaderEpoch */
                    leaderEpoch?: (number|null);

                    /** StopReplicaPartition deletePartition */
                    deletePartition?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StopReplicaPartition. */
                type $Shape = samsa.v1.StopReplicaRequest.StopReplicaPartition.$Properties;
            }
        }

        /**
         * Properties of a StopReplicaResponse.
         * @deprecated Use samsa.v1.StopReplicaResponse.$Properties instead.
         */
        interface IStopReplicaResponse extends samsa.v1.StopReplicaResponse.$Properties {
        }

        /** Represents a StopReplicaResponse. */
        class StopReplicaResponse {

            /**
             * Constructs a new StopReplicaResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.StopReplicaResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StopReplicaResponse errorCode. */
            errorCode: number;

            /** StopReplicaResponse partitionErrors. */
            partitionErrors: samsa.v1.StopReplicaResponse.PartitionError.$Properties[];

            /**
             * Creates a new StopReplicaResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StopReplicaResponse instance
             */
            static create(properties: samsa.v1.StopReplicaResponse.$Shape): samsa.v1.StopReplicaResponse & samsa.v1.StopReplicaResponse.$Shape;
            static create(properties?: samsa.v1.StopReplicaResponse.$Properties): samsa.v1.StopReplicaResponse;

            /**
             * Encodes the specified StopReplicaResponse message. Does not implicitly {@link samsa.v1.StopReplicaResponse.verify|verify} messages.
             * @param m StopReplicaResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.StopReplicaResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StopReplicaResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.StopReplicaResponse & samsa.v1.StopReplicaResponse.$Shape} StopReplicaResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.StopReplicaResponse & samsa.v1.StopReplicaResponse.$Shape;

            /**
             * Creates a StopReplicaResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns StopReplicaResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.StopReplicaResponse;

            /**
             * Creates a plain object from a StopReplicaResponse message. Also converts values to other types if specified.
             * @param m StopReplicaResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.StopReplicaResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StopReplicaResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StopReplicaResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StopReplicaResponse {

            /** Properties of a StopReplicaResponse. */
            interface $Properties {

                /** StopReplicaResponse errorCode */
                errorCode?: (number|null);

                /** StopReplicaResponse partitionErrors */
                partitionErrors?: (samsa.v1.StopReplicaResponse.PartitionError.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StopReplicaResponse. */
            type $Shape = samsa.v1.StopReplicaResponse.$Properties;

            /**
             * Properties of a PartitionError.
             * @deprecated Use samsa.v1.StopReplicaResponse.PartitionError.$Properties instead.
             */
            interface IPartitionError extends samsa.v1.StopReplicaResponse.PartitionError.$Properties {
            }

            /** Represents a PartitionError. */
            class PartitionError {

                /**
                 * Constructs a new PartitionError.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.StopReplicaResponse.PartitionError.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PartitionError topic. */
                topic: string;

                /** PartitionError partition. */
                partition: number;

                /** PartitionError errorCode. */
                errorCode: number;

                /**
                 * Creates a new PartitionError instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PartitionError instance
                 */
                static create(properties: samsa.v1.StopReplicaResponse.PartitionError.$Shape): samsa.v1.StopReplicaResponse.PartitionError & samsa.v1.StopReplicaResponse.PartitionError.$Shape;
                static create(properties?: samsa.v1.StopReplicaResponse.PartitionError.$Properties): samsa.v1.StopReplicaResponse.PartitionError;

                /**
                 * Encodes the specified PartitionError message. Does not implicitly {@link samsa.v1.StopReplicaResponse.PartitionError.verify|verify} messages.
                 * @param m PartitionError message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.StopReplicaResponse.PartitionError.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PartitionError message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.StopReplicaResponse.PartitionError & samsa.v1.StopReplicaResponse.PartitionError.$Shape} PartitionError
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.StopReplicaResponse.PartitionError & samsa.v1.StopReplicaResponse.PartitionError.$Shape;

                /**
                 * Creates a PartitionError message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns PartitionError
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.StopReplicaResponse.PartitionError;

                /**
                 * Creates a plain object from a PartitionError message. Also converts values to other types if specified.
                 * @param m PartitionError
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.StopReplicaResponse.PartitionError, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PartitionError to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PartitionError
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PartitionError {

                /** Properties of a PartitionError. */
                interface $Properties {

                    /** PartitionError topic */
                    topic?: (string|null);

                    /** PartitionError partition */
                    partition?: (number|null);

                    /** PartitionError errorCode */
                    errorCode?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PartitionError. */
                type $Shape = samsa.v1.StopReplicaResponse.PartitionError.$Properties;
            }
        }

        /**
         * Properties of a ControlledShutdownRequest.
         * @deprecated Use samsa.v1.ControlledShutdownRequest.$Properties instead.
         */
        interface IControlledShutdownRequest extends samsa.v1.ControlledShutdownRequest.$Properties {
        }

        /** Represents a ControlledShutdownRequest. */
        class ControlledShutdownRequest {

            /**
             * Constructs a new ControlledShutdownRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.ControlledShutdownRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ControlledShutdownRequest brokerId. */
            brokerId: number;

            /** ControlledShutdownRequest brokerEpoch. */
            brokerEpoch: number;

            /**
             * Creates a new ControlledShutdownRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ControlledShutdownRequest instance
             */
            static create(properties: samsa.v1.ControlledShutdownRequest.$Shape): samsa.v1.ControlledShutdownRequest & samsa.v1.ControlledShutdownRequest.$Shape;
            static create(properties?: samsa.v1.ControlledShutdownRequest.$Properties): samsa.v1.ControlledShutdownRequest;

            /**
             * Encodes the specified ControlledShutdownRequest message. Does not implicitly {@link samsa.v1.ControlledShutdownRequest.verify|verify} messages.
             * @param m ControlledShutdownRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.ControlledShutdownRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ControlledShutdownRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.ControlledShutdownRequest & samsa.v1.ControlledShutdownRequest.$Shape} ControlledShutdownRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.ControlledShutdownRequest & samsa.v1.ControlledShutdownRequest.$Shape;

            /**
             * Creates a ControlledShutdownRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ControlledShutdownRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.ControlledShutdownRequest;

            /**
             * Creates a plain object from a ControlledShutdownRequest message. Also converts values to other types if specified.
             * @param m ControlledShutdownRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.ControlledShutdownRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ControlledShutdownRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ControlledShutdownRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ControlledShutdownRequest {

            /** Properties of a ControlledShutdownRequest. */
            interface $Properties {

                /** ControlledShutdownRequest brokerId */
                brokerId?: (number|null);

                /** ControlledShutdownRequest brokerEpoch */
                brokerEpoch?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ControlledShutdownRequest. */
            type $Shape = samsa.v1.ControlledShutdownRequest.$Properties;
        }

        /**
         * Properties of a ControlledShutdownResponse.
         * @deprecated Use samsa.v1.ControlledShutdownResponse.$Properties instead.
         */
        interface IControlledShutdownResponse extends samsa.v1.ControlledShutdownResponse.$Properties {
        }

        /** Represents a ControlledShutdownResponse. */
        class ControlledShutdownResponse {

            /**
             * Constructs a new ControlledShutdownResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.ControlledShutdownResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ControlledShutdownResponse errorCode. */
            errorCode: number;

            /** ControlledShutdownResponse remainingPartitions. */
            remainingPartitions: samsa.v1.ControlledShutdownResponse.RemainingPartition.$Properties[];

            /**
             * Creates a new ControlledShutdownResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ControlledShutdownResponse instance
             */
            static create(properties: samsa.v1.ControlledShutdownResponse.$Shape): samsa.v1.ControlledShutdownResponse & samsa.v1.ControlledShutdownResponse.$Shape;
            static create(properties?: samsa.v1.ControlledShutdownResponse.$Properties): samsa.v1.ControlledShutdownResponse;

            /**
             * Encodes the specified ControlledShutdownResponse message. Does not implicitly {@link samsa.v1.ControlledShutdownResponse.verify|verify} messages.
             * @param m ControlledShutdownResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.ControlledShutdownResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ControlledShutdownResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.ControlledShutdownResponse & samsa.v1.ControlledShutdownResponse.$Shape} ControlledShutdownResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.ControlledShutdownResponse & samsa.v1.ControlledShutdownResponse.$Shape;

            /**
             * Creates a ControlledShutdownResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ControlledShutdownResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.ControlledShutdownResponse;

            /**
             * Creates a plain object from a ControlledShutdownResponse message. Also converts values to other types if specified.
             * @param m ControlledShutdownResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.ControlledShutdownResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ControlledShutdownResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ControlledShutdownResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ControlledShutdownResponse {

            /** Properties of a ControlledShutdownResponse. */
            interface $Properties {

                /** ControlledShutdownResponse errorCode */
                errorCode?: (number|null);

                /** ControlledShutdownResponse remainingPartitions */
                remainingPartitions?: (samsa.v1.ControlledShutdownResponse.RemainingPartition.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ControlledShutdownResponse. */
            type $Shape = samsa.v1.ControlledShutdownResponse.$Properties;

            /**
             * Properties of a RemainingPartition.
             * @deprecated Use samsa.v1.ControlledShutdownResponse.RemainingPartition.$Properties instead.
             */
            interface IRemainingPartition extends samsa.v1.ControlledShutdownResponse.RemainingPartition.$Properties {
            }

            /** Represents a RemainingPartition. */
            class RemainingPartition {

                /**
                 * Constructs a new RemainingPartition.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.ControlledShutdownResponse.RemainingPartition.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RemainingPartition topic. */
                topic: string;

                /** RemainingPartition partition. */
                partition: number;

                /**
                 * Creates a new RemainingPartition instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RemainingPartition instance
                 */
                static create(properties: samsa.v1.ControlledShutdownResponse.RemainingPartition.$Shape): samsa.v1.ControlledShutdownResponse.RemainingPartition & samsa.v1.ControlledShutdownResponse.RemainingPartition.$Shape;
                static create(properties?: samsa.v1.ControlledShutdownResponse.RemainingPartition.$Properties): samsa.v1.ControlledShutdownResponse.RemainingPartition;

                /**
                 * Encodes the specified RemainingPartition message. Does not implicitly {@link samsa.v1.ControlledShutdownResponse.RemainingPartition.verify|verify} messages.
                 * @param m RemainingPartition message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.ControlledShutdownResponse.RemainingPartition.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RemainingPartition message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.ControlledShutdownResponse.RemainingPartition & samsa.v1.ControlledShutdownResponse.RemainingPartition.$Shape} RemainingPartition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.ControlledShutdownResponse.RemainingPartition & samsa.v1.ControlledShutdownResponse.RemainingPartition.$Shape;

                /**
                 * Creates a RemainingPartition message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns RemainingPartition
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.ControlledShutdownResponse.RemainingPartition;

                /**
                 * Creates a plain object from a RemainingPartition message. Also converts values to other types if specified.
                 * @param m RemainingPartition
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.ControlledShutdownResponse.RemainingPartition, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RemainingPartition to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RemainingPartition
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RemainingPartition {

                /** Properties of a RemainingPartition. */
                interface $Properties {

                    /** RemainingPartition topic */
                    topic?: (string|null);

                    /** RemainingPartition partition */
                    partition?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RemainingPartition. */
                type $Shape = samsa.v1.ControlledShutdownResponse.RemainingPartition.$Properties;
            }
        }

        /**
         * Properties of a FindCoordinatorRequest.
         * @deprecated Use samsa.v1.FindCoordinatorRequest.$Properties instead.
         */
        interface IFindCoordinatorRequest extends samsa.v1.FindCoordinatorRequest.$Properties {
        }

        /** Represents a FindCoordinatorRequest. */
        class FindCoordinatorRequest {

            /**
             * Constructs a new FindCoordinatorRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.FindCoordinatorRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FindCoordinatorRequest key. */
            key: string;

            /** FindCoordinatorRequest keyType. */
            keyType: number;

            /**
             * Creates a new FindCoordinatorRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FindCoordinatorRequest instance
             */
            static create(properties: samsa.v1.FindCoordinatorRequest.$Shape): samsa.v1.FindCoordinatorRequest & samsa.v1.FindCoordinatorRequest.$Shape;
            static create(properties?: samsa.v1.FindCoordinatorRequest.$Properties): samsa.v1.FindCoordinatorRequest;

            /**
             * Encodes the specified FindCoordinatorRequest message. Does not implicitly {@link samsa.v1.FindCoordinatorRequest.verify|verify} messages.
             * @param m FindCoordinatorRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.FindCoordinatorRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FindCoordinatorRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.FindCoordinatorRequest & samsa.v1.FindCoordinatorRequest.$Shape} FindCoordinatorRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.FindCoordinatorRequest & samsa.v1.FindCoordinatorRequest.$Shape;

            /**
             * Creates a FindCoordinatorRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns FindCoordinatorRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.FindCoordinatorRequest;

            /**
             * Creates a plain object from a FindCoordinatorRequest message. Also converts values to other types if specified.
             * @param m FindCoordinatorRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.FindCoordinatorRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FindCoordinatorRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FindCoordinatorRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FindCoordinatorRequest {

            /** Properties of a FindCoordinatorRequest. */
            interface $Properties {

                /** FindCoordinatorRequest key */
                key?: (string|null);

                /** FindCoordinatorRequest keyType */
                keyType?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FindCoordinatorRequest. */
            type $Shape = samsa.v1.FindCoordinatorRequest.$Properties;
        }

        /**
         * Properties of a FindCoordinatorResponse.
         * @deprecated Use samsa.v1.FindCoordinatorResponse.$Properties instead.
         */
        interface IFindCoordinatorResponse extends samsa.v1.FindCoordinatorResponse.$Properties {
        }

        /** Represents a FindCoordinatorResponse. */
        class FindCoordinatorResponse {

            /**
             * Constructs a new FindCoordinatorResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.FindCoordinatorResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FindCoordinatorResponse errorCode. */
            errorCode: number;

            /** FindCoordinatorResponse errorMessage. */
            errorMessage: string;

            /** FindCoordinatorResponse nodeId. */
            nodeId: number;

            /** FindCoordinatorResponse host. */
            host: string;

            /** FindCoordinatorResponse port. */
            port: number;

            /**
             * Creates a new FindCoordinatorResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FindCoordinatorResponse instance
             */
            static create(properties: samsa.v1.FindCoordinatorResponse.$Shape): samsa.v1.FindCoordinatorResponse & samsa.v1.FindCoordinatorResponse.$Shape;
            static create(properties?: samsa.v1.FindCoordinatorResponse.$Properties): samsa.v1.FindCoordinatorResponse;

            /**
             * Encodes the specified FindCoordinatorResponse message. Does not implicitly {@link samsa.v1.FindCoordinatorResponse.verify|verify} messages.
             * @param m FindCoordinatorResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.FindCoordinatorResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FindCoordinatorResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.FindCoordinatorResponse & samsa.v1.FindCoordinatorResponse.$Shape} FindCoordinatorResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.FindCoordinatorResponse & samsa.v1.FindCoordinatorResponse.$Shape;

            /**
             * Creates a FindCoordinatorResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns FindCoordinatorResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.FindCoordinatorResponse;

            /**
             * Creates a plain object from a FindCoordinatorResponse message. Also converts values to other types if specified.
             * @param m FindCoordinatorResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.FindCoordinatorResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FindCoordinatorResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FindCoordinatorResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FindCoordinatorResponse {

            /** Properties of a FindCoordinatorResponse. */
            interface $Properties {

                /** FindCoordinatorResponse errorCode */
                errorCode?: (number|null);

                /** FindCoordinatorResponse errorMessage */
                errorMessage?: (string|null);

                /** FindCoordinatorResponse nodeId */
                nodeId?: (number|null);

                /** FindCoordinatorResponse host */
                host?: (string|null);

                /** FindCoordinatorResponse port */
                port?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FindCoordinatorResponse. */
            type $Shape = samsa.v1.FindCoordinatorResponse.$Properties;
        }

        /**
         * Properties of a JoinGroupRequest.
         * @deprecated Use samsa.v1.JoinGroupRequest.$Properties instead.
         */
        interface IJoinGroupRequest extends samsa.v1.JoinGroupRequest.$Properties {
        }

        /** Represents a JoinGroupRequest. */
        class JoinGroupRequest {

            /**
             * Constructs a new JoinGroupRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.JoinGroupRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** JoinGroupRequest groupId. */
            groupId: string;

            /** JoinGroupRequest sessionTimeoutMs. */
            sessionTimeoutMs: number;

            /** JoinGroupRequest rebalanceTimeoutMs. */
            rebalanceTimeoutMs: number;

            /** JoinGroupRequest memberId. */
            memberId: string;

            /** JoinGroupRequest groupInstanceId. */
            groupInstanceId: string;

            /** JoinGroupRequest protocolType. */
            protocolType: string;

            /** JoinGroupRequest protocols. */
            protocols: samsa.v1.JoinGroupRequest.Protocol.$Properties[];

            /**
             * Creates a new JoinGroupRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns JoinGroupRequest instance
             */
            static create(properties: samsa.v1.JoinGroupRequest.$Shape): samsa.v1.JoinGroupRequest & samsa.v1.JoinGroupRequest.$Shape;
            static create(properties?: samsa.v1.JoinGroupRequest.$Properties): samsa.v1.JoinGroupRequest;

            /**
             * Encodes the specified JoinGroupRequest message. Does not implicitly {@link samsa.v1.JoinGroupRequest.verify|verify} messages.
             * @param m JoinGroupRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.JoinGroupRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JoinGroupRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.JoinGroupRequest & samsa.v1.JoinGroupRequest.$Shape} JoinGroupRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.JoinGroupRequest & samsa.v1.JoinGroupRequest.$Shape;

            /**
             * Creates a JoinGroupRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns JoinGroupRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.JoinGroupRequest;

            /**
             * Creates a plain object from a JoinGroupRequest message. Also converts values to other types if specified.
             * @param m JoinGroupRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.JoinGroupRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this JoinGroupRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for JoinGroupRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace JoinGroupRequest {

            /** Properties of a JoinGroupRequest. */
            interface $Properties {

                /** JoinGroupRequest groupId */
                groupId?: (string|null);

                /** JoinGroupRequest sessionTimeoutMs */
                sessionTimeoutMs?: (number|null);

                /** JoinGroupRequest rebalanceTimeoutMs */
                rebalanceTimeoutMs?: (number|null);

                /** JoinGroupRequest memberId */
                memberId?: (string|null);

                /** JoinGroupRequest groupInstanceId */
                groupInstanceId?: (string|null);

                /** JoinGroupRequest protocolType */
                protocolType?: (string|null);

                /** JoinGroupRequest protocols */
                protocols?: (samsa.v1.JoinGroupRequest.Protocol.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a JoinGroupRequest. */
            type $Shape = samsa.v1.JoinGroupRequest.$Properties;

            /**
             * Properties of a Protocol.
             * @deprecated Use samsa.v1.JoinGroupRequest.Protocol.$Properties instead.
             */
            interface IProtocol extends samsa.v1.JoinGroupRequest.Protocol.$Properties {
            }

            /** Represents a Protocol. */
            class Protocol {

                /**
                 * Constructs a new Protocol.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.JoinGroupRequest.Protocol.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Protocol name. */
                name: string;

                /** Protocol metadata. */
                metadata: Uint8Array;

                /**
                 * Creates a new Protocol instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Protocol instance
                 */
                static create(properties: samsa.v1.JoinGroupRequest.Protocol.$Shape): samsa.v1.JoinGroupRequest.Protocol & samsa.v1.JoinGroupRequest.Protocol.$Shape;
                static create(properties?: samsa.v1.JoinGroupRequest.Protocol.$Properties): samsa.v1.JoinGroupRequest.Protocol;

                /**
                 * Encodes the specified Protocol message. Does not implicitly {@link samsa.v1.JoinGroupRequest.Protocol.verify|verify} messages.
                 * @param m Protocol message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.JoinGroupRequest.Protocol.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Protocol message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.JoinGroupRequest.Protocol & samsa.v1.JoinGroupRequest.Protocol.$Shape} Protocol
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.JoinGroupRequest.Protocol & samsa.v1.JoinGroupRequest.Protocol.$Shape;

                /**
                 * Creates a Protocol message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Protocol
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.JoinGroupRequest.Protocol;

                /**
                 * Creates a plain object from a Protocol message. Also converts values to other types if specified.
                 * @param m Protocol
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.JoinGroupRequest.Protocol, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Protocol to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Protocol
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Protocol {

                /** Properties of a Protocol. */
                interface $Properties {

                    /** Protocol name */
                    name?: (string|null);

                    /** Protocol metadata */
                    metadata?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Protocol. */
                type $Shape = samsa.v1.JoinGroupRequest.Protocol.$Properties;
            }
        }

        /**
         * Properties of a JoinGroupResponse.
         * @deprecated Use samsa.v1.JoinGroupResponse.$Properties instead.
         */
        interface IJoinGroupResponse extends samsa.v1.JoinGroupResponse.$Properties {
        }

        /** Represents a JoinGroupResponse. */
        class JoinGroupResponse {

            /**
             * Constructs a new JoinGroupResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.JoinGroupResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** JoinGroupResponse errorCode. */
            errorCode: number;

            /** JoinGroupResponse generationId. */
            generationId: number;

            /** JoinGroupResponse protocolType. */
            protocolType: string;

            /** JoinGroupResponse protocolName. */
            protocolName: string;

            /** JoinGroupResponse leader. */
            leader: string;

            /** JoinGroupResponse memberId. */
            memberId: string;

            /** JoinGroupResponse members. */
            members: samsa.v1.JoinGroupResponse.Member.$Properties[];

            /**
             * Creates a new JoinGroupResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns JoinGroupResponse instance
             */
            static create(properties: samsa.v1.JoinGroupResponse.$Shape): samsa.v1.JoinGroupResponse & samsa.v1.JoinGroupResponse.$Shape;
            static create(properties?: samsa.v1.JoinGroupResponse.$Properties): samsa.v1.JoinGroupResponse;

            /**
             * Encodes the specified JoinGroupResponse message. Does not implicitly {@link samsa.v1.JoinGroupResponse.verify|verify} messages.
             * @param m JoinGroupResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.JoinGroupResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JoinGroupResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.JoinGroupResponse & samsa.v1.JoinGroupResponse.$Shape} JoinGroupResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.JoinGroupResponse & samsa.v1.JoinGroupResponse.$Shape;

            /**
             * Creates a JoinGroupResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns JoinGroupResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.JoinGroupResponse;

            /**
             * Creates a plain object from a JoinGroupResponse message. Also converts values to other types if specified.
             * @param m JoinGroupResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.JoinGroupResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this JoinGroupResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for JoinGroupResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace JoinGroupResponse {

            /** Properties of a JoinGroupResponse. */
            interface $Properties {

                /** JoinGroupResponse errorCode */
                errorCode?: (number|null);

                /** JoinGroupResponse generationId */
                generationId?: (number|null);

                /** JoinGroupResponse protocolType */
                protocolType?: (string|null);

                /** JoinGroupResponse protocolName */
                protocolName?: (string|null);

                /** JoinGroupResponse leader */
                leader?: (string|null);

                /** JoinGroupResponse memberId */
                memberId?: (string|null);

                /** JoinGroupResponse members */
                members?: (samsa.v1.JoinGroupResponse.Member.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a JoinGroupResponse. */
            type $Shape = samsa.v1.JoinGroupResponse.$Properties;

            /**
             * Properties of a Member.
             * @deprecated Use samsa.v1.JoinGroupResponse.Member.$Properties instead.
             */
            interface IMember extends samsa.v1.JoinGroupResponse.Member.$Properties {
            }

            /** Represents a Member. */
            class Member {

                /**
                 * Constructs a new Member.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.JoinGroupResponse.Member.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Member memberId. */
                memberId: string;

                /** Member groupInstanceId. */
                groupInstanceId: string;

                /** Member metadata. */
                metadata: Uint8Array;

                /**
                 * Creates a new Member instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Member instance
                 */
                static create(properties: samsa.v1.JoinGroupResponse.Member.$Shape): samsa.v1.JoinGroupResponse.Member & samsa.v1.JoinGroupResponse.Member.$Shape;
                static create(properties?: samsa.v1.JoinGroupResponse.Member.$Properties): samsa.v1.JoinGroupResponse.Member;

                /**
                 * Encodes the specified Member message. Does not implicitly {@link samsa.v1.JoinGroupResponse.Member.verify|verify} messages.
                 * @param m Member message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.JoinGroupResponse.Member.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Member message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.JoinGroupResponse.Member & samsa.v1.JoinGroupResponse.Member.$Shape} Member
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.JoinGroupResponse.Member & samsa.v1.JoinGroupResponse.Member.$Shape;

                /**
                 * Creates a Member message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Member
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.JoinGroupResponse.Member;

                /**
                 * Creates a plain object from a Member message. Also converts values to other types if specified.
                 * @param m Member
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.JoinGroupResponse.Member, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Member to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Member
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Member {

                /** Properties of a Member. */
                interface $Properties {

                    /** Member memberId */
                    memberId?: (string|null);

                    /** Member groupInstanceId */
                    groupInstanceId?: (string|null);

                    /** Member metadata */
                    metadata?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Member. */
                type $Shape = samsa.v1.JoinGroupResponse.Member.$Properties;
            }
        }

        /**
         * Properties of a SyncGroupRequest.
         * @deprecated Use samsa.v1.SyncGroupRequest.$Properties instead.
         */
        interface ISyncGroupRequest extends samsa.v1.SyncGroupRequest.$Properties {
        }

        /** Represents a SyncGroupRequest. */
        class SyncGroupRequest {

            /**
             * Constructs a new SyncGroupRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.SyncGroupRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SyncGroupRequest groupId. */
            groupId: string;

            /** SyncGroupRequest generationId. */
            generationId: number;

            /** SyncGroupRequest memberId. */
            memberId: string;

            /** SyncGroupRequest groupInstanceId. */
            groupInstanceId: string;

            /** SyncGroupRequest protocolType. */
            protocolType: string;

            /** SyncGroupRequest protocolName. */
            protocolName: string;

            /** SyncGroupRequest assignments. */
            assignments: samsa.v1.SyncGroupRequest.Assignment.$Properties[];

            /**
             * Creates a new SyncGroupRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SyncGroupRequest instance
             */
            static create(properties: samsa.v1.SyncGroupRequest.$Shape): samsa.v1.SyncGroupRequest & samsa.v1.SyncGroupRequest.$Shape;
            static create(properties?: samsa.v1.SyncGroupRequest.$Properties): samsa.v1.SyncGroupRequest;

            /**
             * Encodes the specified SyncGroupRequest message. Does not implicitly {@link samsa.v1.SyncGroupRequest.verify|verify} messages.
             * @param m SyncGroupRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.SyncGroupRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SyncGroupRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.SyncGroupRequest & samsa.v1.SyncGroupRequest.$Shape} SyncGroupRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.SyncGroupRequest & samsa.v1.SyncGroupRequest.$Shape;

            /**
             * Creates a SyncGroupRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SyncGroupRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.SyncGroupRequest;

            /**
             * Creates a plain object from a SyncGroupRequest message. Also converts values to other types if specified.
             * @param m SyncGroupRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.SyncGroupRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SyncGroupRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SyncGroupRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SyncGroupRequest {

            /** Properties of a SyncGroupRequest. */
            interface $Properties {

                /** SyncGroupRequest groupId */
                groupId?: (string|null);

                /** SyncGroupRequest generationId */
                generationId?: (number|null);

                /** SyncGroupRequest memberId */
                memberId?: (string|null);

                /** SyncGroupRequest groupInstanceId */
                groupInstanceId?: (string|null);

                /** SyncGroupRequest protocolType */
                protocolType?: (string|null);

                /** SyncGroupRequest protocolName */
                protocolName?: (string|null);

                /** SyncGroupRequest assignments */
                assignments?: (samsa.v1.SyncGroupRequest.Assignment.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SyncGroupRequest. */
            type $Shape = samsa.v1.SyncGroupRequest.$Properties;

            /**
             * Properties of an Assignment.
             * @deprecated Use samsa.v1.SyncGroupRequest.Assignment.$Properties instead.
             */
            interface IAssignment extends samsa.v1.SyncGroupRequest.Assignment.$Properties {
            }

            /** Represents an Assignment. */
            class Assignment {

                /**
                 * Constructs a new Assignment.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.SyncGroupRequest.Assignment.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Assignment memberId. */
                memberId: string;

                /** Assignment assignment. */
                assignment: Uint8Array;

                /**
                 * Creates a new Assignment instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Assignment instance
                 */
                static create(properties: samsa.v1.SyncGroupRequest.Assignment.$Shape): samsa.v1.SyncGroupRequest.Assignment & samsa.v1.SyncGroupRequest.Assignment.$Shape;
                static create(properties?: samsa.v1.SyncGroupRequest.Assignment.$Properties): samsa.v1.SyncGroupRequest.Assignment;

                /**
                 * Encodes the specified Assignment message. Does not implicitly {@link samsa.v1.SyncGroupRequest.Assignment.verify|verify} messages.
                 * @param m Assignment message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.SyncGroupRequest.Assignment.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Assignment message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.SyncGroupRequest.Assignment & samsa.v1.SyncGroupRequest.Assignment.$Shape} Assignment
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.SyncGroupRequest.Assignment & samsa.v1.SyncGroupRequest.Assignment.$Shape;

                /**
                 * Creates an Assignment message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Assignment
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.SyncGroupRequest.Assignment;

                /**
                 * Creates a plain object from an Assignment message. Also converts values to other types if specified.
                 * @param m Assignment
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.SyncGroupRequest.Assignment, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Assignment to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Assignment
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Assignment {

                /** Properties of an Assignment. */
                interface $Properties {

                    /** Assignment memberId */
                    memberId?: (string|null);

                    /** Assignment assignment */
                    assignment?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Assignment. */
                type $Shape = samsa.v1.SyncGroupRequest.Assignment.$Properties;
            }
        }

        /**
         * Properties of a SyncGroupResponse.
         * @deprecated Use samsa.v1.SyncGroupResponse.$Properties instead.
         */
        interface ISyncGroupResponse extends samsa.v1.SyncGroupResponse.$Properties {
        }

        /** Represents a SyncGroupResponse. */
        class SyncGroupResponse {

            /**
             * Constructs a new SyncGroupResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.SyncGroupResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SyncGroupResponse errorCode. */
            errorCode: number;

            /** SyncGroupResponse protocolType. */
            protocolType: string;

            /** SyncGroupResponse protocolName. */
            protocolName: string;

            /** SyncGroupResponse assignment. */
            assignment: Uint8Array;

            /**
             * Creates a new SyncGroupResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SyncGroupResponse instance
             */
            static create(properties: samsa.v1.SyncGroupResponse.$Shape): samsa.v1.SyncGroupResponse & samsa.v1.SyncGroupResponse.$Shape;
            static create(properties?: samsa.v1.SyncGroupResponse.$Properties): samsa.v1.SyncGroupResponse;

            /**
             * Encodes the specified SyncGroupResponse message. Does not implicitly {@link samsa.v1.SyncGroupResponse.verify|verify} messages.
             * @param m SyncGroupResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.SyncGroupResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SyncGroupResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.SyncGroupResponse & samsa.v1.SyncGroupResponse.$Shape} SyncGroupResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.SyncGroupResponse & samsa.v1.SyncGroupResponse.$Shape;

            /**
             * Creates a SyncGroupResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SyncGroupResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.SyncGroupResponse;

            /**
             * Creates a plain object from a SyncGroupResponse message. Also converts values to other types if specified.
             * @param m SyncGroupResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.SyncGroupResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SyncGroupResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SyncGroupResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SyncGroupResponse {

            /** Properties of a SyncGroupResponse. */
            interface $Properties {

                /** SyncGroupResponse errorCode */
                errorCode?: (number|null);

                /** SyncGroupResponse protocolType */
                protocolType?: (string|null);

                /** SyncGroupResponse protocolName */
                protocolName?: (string|null);

                /** SyncGroupResponse assignment */
                assignment?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SyncGroupResponse. */
            type $Shape = samsa.v1.SyncGroupResponse.$Properties;
        }

        /**
         * Properties of a HeartbeatRequest.
         * @deprecated Use samsa.v1.HeartbeatRequest.$Properties instead.
         */
        interface IHeartbeatRequest extends samsa.v1.HeartbeatRequest.$Properties {
        }

        /** Represents a HeartbeatRequest. */
        class HeartbeatRequest {

            /**
             * Constructs a new HeartbeatRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.HeartbeatRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HeartbeatRequest groupId. */
            groupId: string;

            /** HeartbeatRequest generationId. */
            generationId: number;

            /** HeartbeatRequest memberId. */
            memberId: string;

            /** HeartbeatRequest groupInstanceId. */
            groupInstanceId: string;

            /**
             * Creates a new HeartbeatRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HeartbeatRequest instance
             */
            static create(properties: samsa.v1.HeartbeatRequest.$Shape): samsa.v1.HeartbeatRequest & samsa.v1.HeartbeatRequest.$Shape;
            static create(properties?: samsa.v1.HeartbeatRequest.$Properties): samsa.v1.HeartbeatRequest;

            /**
             * Encodes the specified HeartbeatRequest message. Does not implicitly {@link samsa.v1.HeartbeatRequest.verify|verify} messages.
             * @param m HeartbeatRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.HeartbeatRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HeartbeatRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.HeartbeatRequest & samsa.v1.HeartbeatRequest.$Shape} HeartbeatRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.HeartbeatRequest & samsa.v1.HeartbeatRequest.$Shape;

            /**
             * Creates a HeartbeatRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns HeartbeatRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.HeartbeatRequest;

            /**
             * Creates a plain object from a HeartbeatRequest message. Also converts values to other types if specified.
             * @param m HeartbeatRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.HeartbeatRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HeartbeatRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HeartbeatRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HeartbeatRequest {

            /** Properties of a HeartbeatRequest. */
            interface $Properties {

                /** HeartbeatRequest groupId */
                groupId?: (string|null);

                /** HeartbeatRequest generationId */
                generationId?: (number|null);

                /** HeartbeatRequest memberId */
                memberId?: (string|null);

                /** HeartbeatRequest groupInstanceId */
                groupInstanceId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HeartbeatRequest. */
            type $Shape = samsa.v1.HeartbeatRequest.$Properties;
        }

        /**
         * Properties of a HeartbeatResponse.
         * @deprecated Use samsa.v1.HeartbeatResponse.$Properties instead.
         */
        interface IHeartbeatResponse extends samsa.v1.HeartbeatResponse.$Properties {
        }

        /** Represents a HeartbeatResponse. */
        class HeartbeatResponse {

            /**
             * Constructs a new HeartbeatResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.HeartbeatResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HeartbeatResponse errorCode. */
            errorCode: number;

            /**
             * Creates a new HeartbeatResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HeartbeatResponse instance
             */
            static create(properties: samsa.v1.HeartbeatResponse.$Shape): samsa.v1.HeartbeatResponse & samsa.v1.HeartbeatResponse.$Shape;
            static create(properties?: samsa.v1.HeartbeatResponse.$Properties): samsa.v1.HeartbeatResponse;

            /**
             * Encodes the specified HeartbeatResponse message. Does not implicitly {@link samsa.v1.HeartbeatResponse.verify|verify} messages.
             * @param m HeartbeatResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.HeartbeatResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HeartbeatResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.HeartbeatResponse & samsa.v1.HeartbeatResponse.$Shape} HeartbeatResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.HeartbeatResponse & samsa.v1.HeartbeatResponse.$Shape;

            /**
             * Creates a HeartbeatResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns HeartbeatResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.HeartbeatResponse;

            /**
             * Creates a plain object from a HeartbeatResponse message. Also converts values to other types if specified.
             * @param m HeartbeatResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.HeartbeatResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HeartbeatResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HeartbeatResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HeartbeatResponse {

            /** Properties of a HeartbeatResponse. */
            interface $Properties {

                /** HeartbeatResponse errorCode */
                errorCode?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HeartbeatResponse. */
            type $Shape = samsa.v1.HeartbeatResponse.$Properties;
        }

        /**
         * Properties of a LeaveGroupRequest.
         * @deprecated Use samsa.v1.LeaveGroupRequest.$Properties instead.
         */
        interface ILeaveGroupRequest extends samsa.v1.LeaveGroupRequest.$Properties {
        }

        /** Represents a LeaveGroupRequest. */
        class LeaveGroupRequest {

            /**
             * Constructs a new LeaveGroupRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.LeaveGroupRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LeaveGroupRequest groupId. */
            groupId: string;

            /** LeaveGroupRequest members. */
            members: samsa.v1.LeaveGroupRequest.MemberIdentity.$Properties[];

            /**
             * Creates a new LeaveGroupRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LeaveGroupRequest instance
             */
            static create(properties: samsa.v1.LeaveGroupRequest.$Shape): samsa.v1.LeaveGroupRequest & samsa.v1.LeaveGroupRequest.$Shape;
            static create(properties?: samsa.v1.LeaveGroupRequest.$Properties): samsa.v1.LeaveGroupRequest;

            /**
             * Encodes the specified LeaveGroupRequest message. Does not implicitly {@link samsa.v1.LeaveGroupRequest.verify|verify} messages.
             * @param m LeaveGroupRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.LeaveGroupRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LeaveGroupRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.LeaveGroupRequest & samsa.v1.LeaveGroupRequest.$Shape} LeaveGroupRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.LeaveGroupRequest & samsa.v1.LeaveGroupRequest.$Shape;

            /**
             * Creates a LeaveGroupRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns LeaveGroupRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.LeaveGroupRequest;

            /**
             * Creates a plain object from a LeaveGroupRequest message. Also converts values to other types if specified.
             * @param m LeaveGroupRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.LeaveGroupRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LeaveGroupRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LeaveGroupRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LeaveGroupRequest {

            /** Properties of a LeaveGroupRequest. */
            interface $Properties {

                /** LeaveGroupRequest groupId */
                groupId?: (string|null);

                /** LeaveGroupRequest members */
                members?: (samsa.v1.LeaveGroupRequest.MemberIdentity.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LeaveGroupRequest. */
            type $Shape = samsa.v1.LeaveGroupRequest.$Properties;

            /**
             * Properties of a MemberIdentity.
             * @deprecated Use samsa.v1.LeaveGroupRequest.MemberIdentity.$Properties instead.
             */
            interface IMemberIdentity extends samsa.v1.LeaveGroupRequest.MemberIdentity.$Properties {
            }

            /** Represents a MemberIdentity. */
            class MemberIdentity {

                /**
                 * Constructs a new MemberIdentity.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.LeaveGroupRequest.MemberIdentity.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MemberIdentity memberId. */
                memberId: string;

                /** MemberIdentity groupInstanceId. */
                groupInstanceId: string;

                /**
                 * Creates a new MemberIdentity instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MemberIdentity instance
                 */
                static create(properties: samsa.v1.LeaveGroupRequest.MemberIdentity.$Shape): samsa.v1.LeaveGroupRequest.MemberIdentity & samsa.v1.LeaveGroupRequest.MemberIdentity.$Shape;
                static create(properties?: samsa.v1.LeaveGroupRequest.MemberIdentity.$Properties): samsa.v1.LeaveGroupRequest.MemberIdentity;

                /**
                 * Encodes the specified MemberIdentity message. Does not implicitly {@link samsa.v1.LeaveGroupRequest.MemberIdentity.verify|verify} messages.
                 * @param m MemberIdentity message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.LeaveGroupRequest.MemberIdentity.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MemberIdentity message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.LeaveGroupRequest.MemberIdentity & samsa.v1.LeaveGroupRequest.MemberIdentity.$Shape} MemberIdentity
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.LeaveGroupRequest.MemberIdentity & samsa.v1.LeaveGroupRequest.MemberIdentity.$Shape;

                /**
                 * Creates a MemberIdentity message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns MemberIdentity
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.LeaveGroupRequest.MemberIdentity;

                /**
                 * Creates a plain object from a MemberIdentity message. Also converts values to other types if specified.
                 * @param m MemberIdentity
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.LeaveGroupRequest.MemberIdentity, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MemberIdentity to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MemberIdentity
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MemberIdentity {

                /** Properties of a MemberIdentity. */
                interface $Properties {

                    /** MemberIdentity memberId */
                    memberId?: (string|null);

                    /** MemberIdentity groupInstanceId */
                    groupInstanceId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MemberIdentity. */
                type $Shape = samsa.v1.LeaveGroupRequest.MemberIdentity.$Properties;
            }
        }

        /**
         * Properties of a LeaveGroupResponse.
         * @deprecated Use samsa.v1.LeaveGroupResponse.$Properties instead.
         */
        interface ILeaveGroupResponse extends samsa.v1.LeaveGroupResponse.$Properties {
        }

        /** Represents a LeaveGroupResponse. */
        class LeaveGroupResponse {

            /**
             * Constructs a new LeaveGroupResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.LeaveGroupResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LeaveGroupResponse errorCode. */
            errorCode: number;

            /** LeaveGroupResponse members. */
            members: samsa.v1.LeaveGroupResponse.MemberResponse.$Properties[];

            /**
             * Creates a new LeaveGroupResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LeaveGroupResponse instance
             */
            static create(properties: samsa.v1.LeaveGroupResponse.$Shape): samsa.v1.LeaveGroupResponse & samsa.v1.LeaveGroupResponse.$Shape;
            static create(properties?: samsa.v1.LeaveGroupResponse.$Properties): samsa.v1.LeaveGroupResponse;

            /**
             * Encodes the specified LeaveGroupResponse message. Does not implicitly {@link samsa.v1.LeaveGroupResponse.verify|verify} messages.
             * @param m LeaveGroupResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.LeaveGroupResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LeaveGroupResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.LeaveGroupResponse & samsa.v1.LeaveGroupResponse.$Shape} LeaveGroupResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.LeaveGroupResponse & samsa.v1.LeaveGroupResponse.$Shape;

            /**
             * Creates a LeaveGroupResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns LeaveGroupResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.LeaveGroupResponse;

            /**
             * Creates a plain object from a LeaveGroupResponse message. Also converts values to other types if specified.
             * @param m LeaveGroupResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.LeaveGroupResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LeaveGroupResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LeaveGroupResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LeaveGroupResponse {

            /** Properties of a LeaveGroupResponse. */
            interface $Properties {

                /** LeaveGroupResponse errorCode */
                errorCode?: (number|null);

                /** LeaveGroupResponse members */
                members?: (samsa.v1.LeaveGroupResponse.MemberResponse.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LeaveGroupResponse. */
            type $Shape = samsa.v1.LeaveGroupResponse.$Properties;

            /**
             * Properties of a MemberResponse.
             * @deprecated Use samsa.v1.LeaveGroupResponse.MemberResponse.$Properties instead.
             */
            interface IMemberResponse extends samsa.v1.LeaveGroupResponse.MemberResponse.$Properties {
            }

            /** Represents a MemberResponse. */
            class MemberResponse {

                /**
                 * Constructs a new MemberResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.LeaveGroupResponse.MemberResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MemberResponse memberId. */
                memberId: string;

                /** MemberResponse groupInstanceId. */
                groupInstanceId: string;

                /** MemberResponse errorCode. */
                errorCode: number;

                /**
                 * Creates a new MemberResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MemberResponse instance
                 */
                static create(properties: samsa.v1.LeaveGroupResponse.MemberResponse.$Shape): samsa.v1.LeaveGroupResponse.MemberResponse & samsa.v1.LeaveGroupResponse.MemberResponse.$Shape;
                static create(properties?: samsa.v1.LeaveGroupResponse.MemberResponse.$Properties): samsa.v1.LeaveGroupResponse.MemberResponse;

                /**
                 * Encodes the specified MemberResponse message. Does not implicitly {@link samsa.v1.LeaveGroupResponse.MemberResponse.verify|verify} messages.
                 * @param m MemberResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.LeaveGroupResponse.MemberResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MemberResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.LeaveGroupResponse.MemberResponse & samsa.v1.LeaveGroupResponse.MemberResponse.$Shape} MemberResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.LeaveGroupResponse.MemberResponse & samsa.v1.LeaveGroupResponse.MemberResponse.$Shape;

                /**
                 * Creates a MemberResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns MemberResponse
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.LeaveGroupResponse.MemberResponse;

                /**
                 * Creates a plain object from a MemberResponse message. Also converts values to other types if specified.
                 * @param m MemberResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.LeaveGroupResponse.MemberResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MemberResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MemberResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MemberResponse {

                /** Properties of a MemberResponse. */
                interface $Properties {

                    /** MemberResponse memberId */
                    memberId?: (string|null);

                    /** MemberResponse groupInstanceId */
                    groupInstanceId?: (string|null);

                    /** MemberResponse errorCode */
                    errorCode?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MemberResponse. */
                type $Shape = samsa.v1.LeaveGroupResponse.MemberResponse.$Properties;
            }
        }

        /**
         * Properties of an OffsetCommitRequest.
         * @deprecated Use samsa.v1.OffsetCommitRequest.$Properties instead.
         */
        interface IOffsetCommitRequest extends samsa.v1.OffsetCommitRequest.$Properties {
        }

        /** Represents an OffsetCommitRequest. */
        class OffsetCommitRequest {

            /**
             * Constructs a new OffsetCommitRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.OffsetCommitRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OffsetCommitRequest groupId. */
            groupId: string;

            /** OffsetCommitRequest generationId. */
            generationId: number;

            /** OffsetCommitRequest memberId. */
            memberId: string;

            /** OffsetCommitRequest groupInstanceId. */
            groupInstanceId: string;

            /** OffsetCommitRequest topics. */
            topics: samsa.v1.OffsetCommitRequest.OffsetCommitTopic.$Properties[];

            /**
             * Creates a new OffsetCommitRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OffsetCommitRequest instance
             */
            static create(properties: samsa.v1.OffsetCommitRequest.$Shape): samsa.v1.OffsetCommitRequest & samsa.v1.OffsetCommitRequest.$Shape;
            static create(properties?: samsa.v1.OffsetCommitRequest.$Properties): samsa.v1.OffsetCommitRequest;

            /**
             * Encodes the specified OffsetCommitRequest message. Does not implicitly {@link samsa.v1.OffsetCommitRequest.verify|verify} messages.
             * @param m OffsetCommitRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.OffsetCommitRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OffsetCommitRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.OffsetCommitRequest & samsa.v1.OffsetCommitRequest.$Shape} OffsetCommitRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.OffsetCommitRequest & samsa.v1.OffsetCommitRequest.$Shape;

            /**
             * Creates an OffsetCommitRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns OffsetCommitRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.OffsetCommitRequest;

            /**
             * Creates a plain object from an OffsetCommitRequest message. Also converts values to other types if specified.
             * @param m OffsetCommitRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.OffsetCommitRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OffsetCommitRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for OffsetCommitRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace OffsetCommitRequest {

            /** Properties of an OffsetCommitRequest. */
            interface $Properties {

                /** OffsetCommitRequest groupId */
                groupId?: (string|null);

                /** OffsetCommitRequest generationId */
                generationId?: (number|null);

                /** OffsetCommitRequest memberId */
                memberId?: (string|null);

                /** OffsetCommitRequest groupInstanceId */
                groupInstanceId?: (string|null);

                /** OffsetCommitRequest topics */
                topics?: (samsa.v1.OffsetCommitRequest.OffsetCommitTopic.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OffsetCommitRequest. */
            type $Shape = samsa.v1.OffsetCommitRequest.$Properties;

            /**
             * Properties of an OffsetCommitTopic.
             * @deprecated Use samsa.v1.OffsetCommitRequest.OffsetCommitTopic.$Properties instead.
             */
            interface IOffsetCommitTopic extends samsa.v1.OffsetCommitRequest.OffsetCommitTopic.$Properties {
            }

            /** Represents an OffsetCommitTopic. */
            class OffsetCommitTopic {

                /**
                 * Constructs a new OffsetCommitTopic.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.OffsetCommitRequest.OffsetCommitTopic.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OffsetCommitTopic name. */
                name: string;

                /** OffsetCommitTopic partitions. */
                partitions: samsa.v1.OffsetCommitRequest.OffsetCommitPartition.$Properties[];

                /**
                 * Creates a new OffsetCommitTopic instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OffsetCommitTopic instance
                 */
                static create(properties: samsa.v1.OffsetCommitRequest.OffsetCommitTopic.$Shape): samsa.v1.OffsetCommitRequest.OffsetCommitTopic & samsa.v1.OffsetCommitRequest.OffsetCommitTopic.$Shape;
                static create(properties?: samsa.v1.OffsetCommitRequest.OffsetCommitTopic.$Properties): samsa.v1.OffsetCommitRequest.OffsetCommitTopic;

                /**
                 * Encodes the specified OffsetCommitTopic message. Does not implicitly {@link samsa.v1.OffsetCommitRequest.OffsetCommitTopic.verify|verify} messages.
                 * @param m OffsetCommitTopic message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.OffsetCommitRequest.OffsetCommitTopic.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OffsetCommitTopic message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.OffsetCommitRequest.OffsetCommitTopic & samsa.v1.OffsetCommitRequest.OffsetCommitTopic.$Shape} OffsetCommitTopic
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.OffsetCommitRequest.OffsetCommitTopic & samsa.v1.OffsetCommitRequest.OffsetCommitTopic.$Shape;

                /**
                 * Creates an OffsetCommitTopic message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns OffsetCommitTopic
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.OffsetCommitRequest.OffsetCommitTopic;

                /**
                 * Creates a plain object from an OffsetCommitTopic message. Also converts values to other types if specified.
                 * @param m OffsetCommitTopic
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.OffsetCommitRequest.OffsetCommitTopic, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this OffsetCommitTopic to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for OffsetCommitTopic
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace OffsetCommitTopic {

                /** Properties of an OffsetCommitTopic. */
                interface $Properties {

                    /** OffsetCommitTopic name */
                    name?: (string|null);

                    /** OffsetCommitTopic partitions */
                    partitions?: (samsa.v1.OffsetCommitRequest.OffsetCommitPartition.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OffsetCommitTopic. */
                type $Shape = samsa.v1.OffsetCommitRequest.OffsetCommitTopic.$Properties;
            }

            /**
             * Properties of an OffsetCommitPartition.
             * @deprecated Use samsa.v1.OffsetCommitRequest.OffsetCommitPartition.$Properties instead.
             */
            interface IOffsetCommitPartition extends samsa.v1.OffsetCommitRequest.OffsetCommitPartition.$Properties {
            }

            /** Represents an OffsetCommitPartition. */
            class OffsetCommitPartition {

                /**
                 * Constructs a new OffsetCommitPartition.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.OffsetCommitRequest.OffsetCommitPartition.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OffsetCommitPartition partition. */
                partition: number;

                /** OffsetCommitPartition committedOffset. */
                committedOffset: number;

                /** OffsetCommitPartition committedLeaderEpoch. */
                committedLeaderEpoch: number;

                /** OffsetCommitPartition committedMetadata. */
                committedMetadata: string;

                /**
                 * Creates a new OffsetCommitPartition instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OffsetCommitPartition instance
                 */
                static create(properties: samsa.v1.OffsetCommitRequest.OffsetCommitPartition.$Shape): samsa.v1.OffsetCommitRequest.OffsetCommitPartition & samsa.v1.OffsetCommitRequest.OffsetCommitPartition.$Shape;
                static create(properties?: samsa.v1.OffsetCommitRequest.OffsetCommitPartition.$Properties): samsa.v1.OffsetCommitRequest.OffsetCommitPartition;

                /**
                 * Encodes the specified OffsetCommitPartition message. Does not implicitly {@link samsa.v1.OffsetCommitRequest.OffsetCommitPartition.verify|verify} messages.
                 * @param m OffsetCommitPartition message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.OffsetCommitRequest.OffsetCommitPartition.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OffsetCommitPartition message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.OffsetCommitRequest.OffsetCommitPartition & samsa.v1.OffsetCommitRequest.OffsetCommitPartition.$Shape} OffsetCommitPartition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.OffsetCommitRequest.OffsetCommitPartition & samsa.v1.OffsetCommitRequest.OffsetCommitPartition.$Shape;

                /**
                 * Creates an OffsetCommitPartition message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns OffsetCommitPartition
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.OffsetCommitRequest.OffsetCommitPartition;

                /**
                 * Creates a plain object from an OffsetCommitPartition message. Also converts values to other types if specified.
                 * @param m OffsetCommitPartition
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.OffsetCommitRequest.OffsetCommitPartition, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this OffsetCommitPartition to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for OffsetCommitPartition
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace OffsetCommitPartition {

                /** Properties of an OffsetCommitPartition. */
                interface $Properties {

                    /** OffsetCommitPartition partition */
                    partition?: (number|null);

                    /** OffsetCommitPartition committedOffset */
                    committedOffset?: (number|null);

                    /** OffsetCommitPartition committedLeaderEpoch */
                    committedLeaderEpoch?: (number|null);

                    /** OffsetCommitPartition committedMetadata */
                    committedMetadata?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OffsetCommitPartition. */
                type $Shape = samsa.v1.OffsetCommitRequest.OffsetCommitPartition.$Properties;
            }
        }

        /**
         * Properties of an OffsetCommitResponse.
         * @deprecated Use samsa.v1.OffsetCommitResponse.$Properties instead.
         */
        interface IOffsetCommitResponse extends samsa.v1.OffsetCommitResponse.$Properties {
        }

        /** Represents an OffsetCommitResponse. */
        class OffsetCommitResponse {

            /**
             * Constructs a new OffsetCommitResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.OffsetCommitResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OffsetCommitResponse topics. */
            topics: samsa.v1.OffsetCommitResponse.OffsetCommitTopicResponse.$Properties[];

            /**
             * Creates a new OffsetCommitResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OffsetCommitResponse instance
             */
            static create(properties: samsa.v1.OffsetCommitResponse.$Shape): samsa.v1.OffsetCommitResponse & samsa.v1.OffsetCommitResponse.$Shape;
            static create(properties?: samsa.v1.OffsetCommitResponse.$Properties): samsa.v1.OffsetCommitResponse;

            /**
             * Encodes the specified OffsetCommitResponse message. Does not implicitly {@link samsa.v1.OffsetCommitResponse.verify|verify} messages.
             * @param m OffsetCommitResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.OffsetCommitResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OffsetCommitResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.OffsetCommitResponse & samsa.v1.OffsetCommitResponse.$Shape} OffsetCommitResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.OffsetCommitResponse & samsa.v1.OffsetCommitResponse.$Shape;

            /**
             * Creates an OffsetCommitResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns OffsetCommitResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.OffsetCommitResponse;

            /**
             * Creates a plain object from an OffsetCommitResponse message. Also converts values to other types if specified.
             * @param m OffsetCommitResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.OffsetCommitResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OffsetCommitResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for OffsetCommitResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace OffsetCommitResponse {

            /** Properties of an OffsetCommitResponse. */
            interface $Properties {

                /** OffsetCommitResponse topics */
                topics?: (samsa.v1.OffsetCommitResponse.OffsetCommitTopicResponse.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OffsetCommitResponse. */
            type $Shape = samsa.v1.OffsetCommitResponse.$Properties;

            /**
             * Properties of an OffsetCommitTopicResponse.
             * @deprecated Use samsa.v1.OffsetCommitResponse.OffsetCommitTopicResponse.$Properties instead.
             */
            interface IOffsetCommitTopicResponse extends samsa.v1.OffsetCommitResponse.OffsetCommitTopicResponse.$Properties {
            }

            /** Represents an OffsetCommitTopicResponse. */
            class OffsetCommitTopicResponse {

                /**
                 * Constructs a new OffsetCommitTopicResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.OffsetCommitResponse.OffsetCommitTopicResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OffsetCommitTopicResponse name. */
                name: string;

                /** OffsetCommitTopicResponse partitions. */
                partitions: samsa.v1.OffsetCommitResponse.OffsetCommitPartitionResponse.$Properties[];

                /**
                 * Creates a new OffsetCommitTopicResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OffsetCommitTopicResponse instance
                 */
                static create(properties: samsa.v1.OffsetCommitResponse.OffsetCommitTopicResponse.$Shape): samsa.v1.OffsetCommitResponse.OffsetCommitTopicResponse & samsa.v1.OffsetCommitResponse.OffsetCommitTopicResponse.$Shape;
                static create(properties?: samsa.v1.OffsetCommitResponse.OffsetCommitTopicResponse.$Properties): samsa.v1.OffsetCommitResponse.OffsetCommitTopicResponse;

                /**
                 * Encodes the specified OffsetCommitTopicResponse message. Does not implicitly {@link samsa.v1.OffsetCommitResponse.OffsetCommitTopicResponse.verify|verify} messages.
                 * @param m OffsetCommitTopicResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.OffsetCommitResponse.OffsetCommitTopicResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OffsetCommitTopicResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.OffsetCommitResponse.OffsetCommitTopicResponse & samsa.v1.OffsetCommitResponse.OffsetCommitTopicResponse.$Shape} OffsetCommitTopicResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.OffsetCommitResponse.OffsetCommitTopicResponse & samsa.v1.OffsetCommitResponse.OffsetCommitTopicResponse.$Shape;

                /**
                 * Creates an OffsetCommitTopicResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns OffsetCommitTopicResponse
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.OffsetCommitResponse.OffsetCommitTopicResponse;

                /**
                 * Creates a plain object from an OffsetCommitTopicResponse message. Also converts values to other types if specified.
                 * @param m OffsetCommitTopicResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.OffsetCommitResponse.OffsetCommitTopicResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this OffsetCommitTopicResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for OffsetCommitTopicResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace OffsetCommitTopicResponse {

                /** Properties of an OffsetCommitTopicResponse. */
                interface $Properties {

                    /** OffsetCommitTopicResponse name */
                    name?: (string|null);

                    /** OffsetCommitTopicResponse partitions */
                    partitions?: (samsa.v1.OffsetCommitResponse.OffsetCommitPartitionResponse.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OffsetCommitTopicResponse. */
                type $Shape = samsa.v1.OffsetCommitResponse.OffsetCommitTopicResponse.$Properties;
            }

            /**
             * Properties of an OffsetCommitPartitionResponse.
             * @deprecated Use samsa.v1.OffsetCommitResponse.OffsetCommitPartitionResponse.$Properties instead.
             */
            interface IOffsetCommitPartitionResponse extends samsa.v1.OffsetCommitResponse.OffsetCommitPartitionResponse.$Properties {
            }

            /** Represents an OffsetCommitPartitionResponse. */
            class OffsetCommitPartitionResponse {

                /**
                 * Constructs a new OffsetCommitPartitionResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.OffsetCommitResponse.OffsetCommitPartitionResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OffsetCommitPartitionResponse partition. */
                partition: number;

                /** OffsetCommitPartitionResponse errorCode. */
                errorCode: number;

                /**
                 * Creates a new OffsetCommitPartitionResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OffsetCommitPartitionResponse instance
                 */
                static create(properties: samsa.v1.OffsetCommitResponse.OffsetCommitPartitionResponse.$Shape): samsa.v1.OffsetCommitResponse.OffsetCommitPartitionResponse & samsa.v1.OffsetCommitResponse.OffsetCommitPartitionResponse.$Shape;
                static create(properties?: samsa.v1.OffsetCommitResponse.OffsetCommitPartitionResponse.$Properties): samsa.v1.OffsetCommitResponse.OffsetCommitPartitionResponse;

                /**
                 * Encodes the specified OffsetCommitPartitionResponse message. Does not implicitly {@link samsa.v1.OffsetCommitResponse.OffsetCommitPartitionResponse.verify|verify} messages.
                 * @param m OffsetCommitPartitionResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.OffsetCommitResponse.OffsetCommitPartitionResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OffsetCommitPartitionResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.OffsetCommitResponse.OffsetCommitPartitionResponse & samsa.v1.OffsetCommitResponse.OffsetCommitPartitionResponse.$Shape} OffsetCommitPartitionResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.OffsetCommitResponse.OffsetCommitPartitionResponse & samsa.v1.OffsetCommitResponse.OffsetCommitPartitionResponse.$Shape;

                /**
                 * Creates an OffsetCommitPartitionResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns OffsetCommitPartitionResponse
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.OffsetCommitResponse.OffsetCommitPartitionResponse;

                /**
                 * Creates a plain object from an OffsetCommitPartitionResponse message. Also converts values to other types if specified.
                 * @param m OffsetCommitPartitionResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.OffsetCommitResponse.OffsetCommitPartitionResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this OffsetCommitPartitionResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for OffsetCommitPartitionResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace OffsetCommitPartitionResponse {

                /** Properties of an OffsetCommitPartitionResponse. */
                interface $Properties {

                    /** OffsetCommitPartitionResponse partition */
                    partition?: (number|null);

                    /** OffsetCommitPartitionResponse errorCode */
                    errorCode?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OffsetCommitPartitionResponse. */
                type $Shape = samsa.v1.OffsetCommitResponse.OffsetCommitPartitionResponse.$Properties;
            }
        }

        /**
         * Properties of an OffsetFetchRequest.
         * @deprecated Use samsa.v1.OffsetFetchRequest.$Properties instead.
         */
        interface IOffsetFetchRequest extends samsa.v1.OffsetFetchRequest.$Properties {
        }

        /** Represents an OffsetFetchRequest. */
        class OffsetFetchRequest {

            /**
             * Constructs a new OffsetFetchRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.OffsetFetchRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OffsetFetchRequest groupId. */
            groupId: string;

            /** OffsetFetchRequest topics. */
            topics: samsa.v1.OffsetFetchRequest.TopicPartitions.$Properties[];

            /** OffsetFetchRequest allTopics. */
            allTopics: boolean;

            /** OffsetFetchRequest requireStable. */
            requireStable: boolean;

            /**
             * Creates a new OffsetFetchRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OffsetFetchRequest instance
             */
            static create(properties: samsa.v1.OffsetFetchRequest.$Shape): samsa.v1.OffsetFetchRequest & samsa.v1.OffsetFetchRequest.$Shape;
            static create(properties?: samsa.v1.OffsetFetchRequest.$Properties): samsa.v1.OffsetFetchRequest;

            /**
             * Encodes the specified OffsetFetchRequest message. Does not implicitly {@link samsa.v1.OffsetFetchRequest.verify|verify} messages.
             * @param m OffsetFetchRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.OffsetFetchRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OffsetFetchRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.OffsetFetchRequest & samsa.v1.OffsetFetchRequest.$Shape} OffsetFetchRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.OffsetFetchRequest & samsa.v1.OffsetFetchRequest.$Shape;

            /**
             * Creates an OffsetFetchRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns OffsetFetchRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.OffsetFetchRequest;

            /**
             * Creates a plain object from an OffsetFetchRequest message. Also converts values to other types if specified.
             * @param m OffsetFetchRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.OffsetFetchRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OffsetFetchRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for OffsetFetchRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace OffsetFetchRequest {

            /** Properties of an OffsetFetchRequest. */
            interface $Properties {

                /** OffsetFetchRequest groupId */
                groupId?: (string|null);

                /** OffsetFetchRequest topics */
                topics?: (samsa.v1.OffsetFetchRequest.TopicPartitions.$Properties[]|null);

                /** OffsetFetchRequest allTopics */
                allTopics?: (boolean|null);

                /** OffsetFetchRequest requireStable */
                requireStable?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OffsetFetchRequest. */
            type $Shape = samsa.v1.OffsetFetchRequest.$Properties;

            /**
             * Properties of a TopicPartitions.
             * @deprecated Use samsa.v1.OffsetFetchRequest.TopicPartitions.$Properties instead.
             */
            interface ITopicPartitions extends samsa.v1.OffsetFetchRequest.TopicPartitions.$Properties {
            }

            /** Represents a TopicPartitions. */
            class TopicPartitions {

                /**
                 * Constructs a new TopicPartitions.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.OffsetFetchRequest.TopicPartitions.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TopicPartitions name. */
                name: string;

                /** TopicPartitions partitions. */
                partitions: number[];

                /**
                 * Creates a new TopicPartitions instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TopicPartitions instance
                 */
                static create(properties: samsa.v1.OffsetFetchRequest.TopicPartitions.$Shape): samsa.v1.OffsetFetchRequest.TopicPartitions & samsa.v1.OffsetFetchRequest.TopicPartitions.$Shape;
                static create(properties?: samsa.v1.OffsetFetchRequest.TopicPartitions.$Properties): samsa.v1.OffsetFetchRequest.TopicPartitions;

                /**
                 * Encodes the specified TopicPartitions message. Does not implicitly {@link samsa.v1.OffsetFetchRequest.TopicPartitions.verify|verify} messages.
                 * @param m TopicPartitions message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.OffsetFetchRequest.TopicPartitions.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TopicPartitions message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.OffsetFetchRequest.TopicPartitions & samsa.v1.OffsetFetchRequest.TopicPartitions.$Shape} TopicPartitions
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.OffsetFetchRequest.TopicPartitions & samsa.v1.OffsetFetchRequest.TopicPartitions.$Shape;

                /**
                 * Creates a TopicPartitions message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns TopicPartitions
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.OffsetFetchRequest.TopicPartitions;

                /**
                 * Creates a plain object from a TopicPartitions message. Also converts values to other types if specified.
                 * @param m TopicPartitions
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.OffsetFetchRequest.TopicPartitions, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TopicPartitions to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for TopicPartitions
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TopicPartitions {

                /** Properties of a TopicPartitions. */
                interface $Properties {

                    /** TopicPartitions name */
                    name?: (string|null);

                    /** TopicPartitions partitions */
                    partitions?: (number[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TopicPartitions. */
                type $Shape = samsa.v1.OffsetFetchRequest.TopicPartitions.$Properties;
            }
        }

        /**
         * Properties of an OffsetFetchResponse.
         * @deprecated Use samsa.v1.OffsetFetchResponse.$Properties instead.
         */
        interface IOffsetFetchResponse extends samsa.v1.OffsetFetchResponse.$Properties {
        }

        /** Represents an OffsetFetchResponse. */
        class OffsetFetchResponse {

            /**
             * Constructs a new OffsetFetchResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.OffsetFetchResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OffsetFetchResponse errorCode. */
            errorCode: number;

            /** OffsetFetchResponse topics. */
            topics: samsa.v1.OffsetFetchResponse.OffsetFetchTopic.$Properties[];

            /**
             * Creates a new OffsetFetchResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OffsetFetchResponse instance
             */
            static create(properties: samsa.v1.OffsetFetchResponse.$Shape): samsa.v1.OffsetFetchResponse & samsa.v1.OffsetFetchResponse.$Shape;
            static create(properties?: samsa.v1.OffsetFetchResponse.$Properties): samsa.v1.OffsetFetchResponse;

            /**
             * Encodes the specified OffsetFetchResponse message. Does not implicitly {@link samsa.v1.OffsetFetchResponse.verify|verify} messages.
             * @param m OffsetFetchResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.OffsetFetchResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OffsetFetchResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.OffsetFetchResponse & samsa.v1.OffsetFetchResponse.$Shape} OffsetFetchResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.OffsetFetchResponse & samsa.v1.OffsetFetchResponse.$Shape;

            /**
             * Creates an OffsetFetchResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns OffsetFetchResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.OffsetFetchResponse;

            /**
             * Creates a plain object from an OffsetFetchResponse message. Also converts values to other types if specified.
             * @param m OffsetFetchResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.OffsetFetchResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OffsetFetchResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for OffsetFetchResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace OffsetFetchResponse {

            /** Properties of an OffsetFetchResponse. */
            interface $Properties {

                /** OffsetFetchResponse errorCode */
                errorCode?: (number|null);

                /** OffsetFetchResponse topics */
                topics?: (samsa.v1.OffsetFetchResponse.OffsetFetchTopic.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OffsetFetchResponse. */
            type $Shape = samsa.v1.OffsetFetchResponse.$Properties;

            /**
             * Properties of an OffsetFetchTopic.
             * @deprecated Use samsa.v1.OffsetFetchResponse.OffsetFetchTopic.$Properties instead.
             */
            interface IOffsetFetchTopic extends samsa.v1.OffsetFetchResponse.OffsetFetchTopic.$Properties {
            }

            /** Represents an OffsetFetchTopic. */
            class OffsetFetchTopic {

                /**
                 * Constructs a new OffsetFetchTopic.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.OffsetFetchResponse.OffsetFetchTopic.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OffsetFetchTopic name. */
                name: string;

                /** OffsetFetchTopic partitions. */
                partitions: samsa.v1.OffsetFetchResponse.OffsetFetchPartition.$Properties[];

                /**
                 * Creates a new OffsetFetchTopic instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OffsetFetchTopic instance
                 */
                static create(properties: samsa.v1.OffsetFetchResponse.OffsetFetchTopic.$Shape): samsa.v1.OffsetFetchResponse.OffsetFetchTopic & samsa.v1.OffsetFetchResponse.OffsetFetchTopic.$Shape;
                static create(properties?: samsa.v1.OffsetFetchResponse.OffsetFetchTopic.$Properties): samsa.v1.OffsetFetchResponse.OffsetFetchTopic;

                /**
                 * Encodes the specified OffsetFetchTopic message. Does not implicitly {@link samsa.v1.OffsetFetchResponse.OffsetFetchTopic.verify|verify} messages.
                 * @param m OffsetFetchTopic message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.OffsetFetchResponse.OffsetFetchTopic.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OffsetFetchTopic message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.OffsetFetchResponse.OffsetFetchTopic & samsa.v1.OffsetFetchResponse.OffsetFetchTopic.$Shape} OffsetFetchTopic
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.OffsetFetchResponse.OffsetFetchTopic & samsa.v1.OffsetFetchResponse.OffsetFetchTopic.$Shape;

                /**
                 * Creates an OffsetFetchTopic message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns OffsetFetchTopic
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.OffsetFetchResponse.OffsetFetchTopic;

                /**
                 * Creates a plain object from an OffsetFetchTopic message. Also converts values to other types if specified.
                 * @param m OffsetFetchTopic
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.OffsetFetchResponse.OffsetFetchTopic, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this OffsetFetchTopic to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for OffsetFetchTopic
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace OffsetFetchTopic {

                /** Properties of an OffsetFetchTopic. */
                interface $Properties {

                    /** OffsetFetchTopic name */
                    name?: (string|null);

                    /** OffsetFetchTopic partitions */
                    partitions?: (samsa.v1.OffsetFetchResponse.OffsetFetchPartition.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OffsetFetchTopic. */
                type $Shape = samsa.v1.OffsetFetchResponse.OffsetFetchTopic.$Properties;
            }

            /**
             * Properties of an OffsetFetchPartition.
             * @deprecated Use samsa.v1.OffsetFetchResponse.OffsetFetchPartition.$Properties instead.
             */
            interface IOffsetFetchPartition extends samsa.v1.OffsetFetchResponse.OffsetFetchPartition.$Properties {
            }

            /** Represents an OffsetFetchPartition. */
            class OffsetFetchPartition {

                /**
                 * Constructs a new OffsetFetchPartition.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.OffsetFetchResponse.OffsetFetchPartition.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OffsetFetchPartition partition. */
                partition: number;

                /** OffsetFetchPartition committedOffset. */
                committedOffset: number;

                /** OffsetFetchPartition committedLeaderEpoch. */
                committedLeaderEpoch: number;

                /** OffsetFetchPartition metadata. */
                metadata: string;

                /** OffsetFetchPartition errorCode. */
                errorCode: number;

                /**
                 * Creates a new OffsetFetchPartition instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OffsetFetchPartition instance
                 */
                static create(properties: samsa.v1.OffsetFetchResponse.OffsetFetchPartition.$Shape): samsa.v1.OffsetFetchResponse.OffsetFetchPartition & samsa.v1.OffsetFetchResponse.OffsetFetchPartition.$Shape;
                static create(properties?: samsa.v1.OffsetFetchResponse.OffsetFetchPartition.$Properties): samsa.v1.OffsetFetchResponse.OffsetFetchPartition;

                /**
                 * Encodes the specified OffsetFetchPartition message. Does not implicitly {@link samsa.v1.OffsetFetchResponse.OffsetFetchPartition.verify|verify} messages.
                 * @param m OffsetFetchPartition message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.OffsetFetchResponse.OffsetFetchPartition.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OffsetFetchPartition message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.OffsetFetchResponse.OffsetFetchPartition & samsa.v1.OffsetFetchResponse.OffsetFetchPartition.$Shape} OffsetFetchPartition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.OffsetFetchResponse.OffsetFetchPartition & samsa.v1.OffsetFetchResponse.OffsetFetchPartition.$Shape;

                /**
                 * Creates an OffsetFetchPartition message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns OffsetFetchPartition
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.OffsetFetchResponse.OffsetFetchPartition;

                /**
                 * Creates a plain object from an OffsetFetchPartition message. Also converts values to other types if specified.
                 * @param m OffsetFetchPartition
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.OffsetFetchResponse.OffsetFetchPartition, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this OffsetFetchPartition to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for OffsetFetchPartition
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace OffsetFetchPartition {

                /** Properties of an OffsetFetchPartition. */
                interface $Properties {

                    /** OffsetFetchPartition partition */
                    partition?: (number|null);

                    /** OffsetFetchPartition committedOffset */
                    committedOffset?: (number|null);

                    /** OffsetFetchPartition committedLeaderEpoch */
                    committedLeaderEpoch?: (number|null);

                    /** OffsetFetchPartition metadata */
                    metadata?: (string|null);

                    /** OffsetFetchPartition errorCode */
                    errorCode?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OffsetFetchPartition. */
                type $Shape = samsa.v1.OffsetFetchResponse.OffsetFetchPartition.$Properties;
            }
        }

        /**
         * Properties of a DescribeGroupsRequest.
         * @deprecated Use samsa.v1.DescribeGroupsRequest.$Properties instead.
         */
        interface IDescribeGroupsRequest extends samsa.v1.DescribeGroupsRequest.$Properties {
        }

        /** Represents a DescribeGroupsRequest. */
        class DescribeGroupsRequest {

            /**
             * Constructs a new DescribeGroupsRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.DescribeGroupsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DescribeGroupsRequest groups. */
            groups: string[];

            /**
             * Creates a new DescribeGroupsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DescribeGroupsRequest instance
             */
            static create(properties: samsa.v1.DescribeGroupsRequest.$Shape): samsa.v1.DescribeGroupsRequest & samsa.v1.DescribeGroupsRequest.$Shape;
            static create(properties?: samsa.v1.DescribeGroupsRequest.$Properties): samsa.v1.DescribeGroupsRequest;

            /**
             * Encodes the specified DescribeGroupsRequest message. Does not implicitly {@link samsa.v1.DescribeGroupsRequest.verify|verify} messages.
             * @param m DescribeGroupsRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.DescribeGroupsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DescribeGroupsRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.DescribeGroupsRequest & samsa.v1.DescribeGroupsRequest.$Shape} DescribeGroupsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DescribeGroupsRequest & samsa.v1.DescribeGroupsRequest.$Shape;

            /**
             * Creates a DescribeGroupsRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DescribeGroupsRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.DescribeGroupsRequest;

            /**
             * Creates a plain object from a DescribeGroupsRequest message. Also converts values to other types if specified.
             * @param m DescribeGroupsRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.DescribeGroupsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DescribeGroupsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DescribeGroupsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DescribeGroupsRequest {

            /** Properties of a DescribeGroupsRequest. */
            interface $Properties {

                /** DescribeGroupsRequest groups */
                groups?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DescribeGroupsRequest. */
            type $Shape = samsa.v1.DescribeGroupsRequest.$Properties;
        }

        /**
         * Properties of a DescribeGroupsResponse.
         * @deprecated Use samsa.v1.DescribeGroupsResponse.$Properties instead.
         */
        interface IDescribeGroupsResponse extends samsa.v1.DescribeGroupsResponse.$Properties {
        }

        /** Represents a DescribeGroupsResponse. */
        class DescribeGroupsResponse {

            /**
             * Constructs a new DescribeGroupsResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.DescribeGroupsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DescribeGroupsResponse groups. */
            groups: samsa.v1.DescribeGroupsResponse.DescribedGroup.$Properties[];

            /**
             * Creates a new DescribeGroupsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DescribeGroupsResponse instance
             */
            static create(properties: samsa.v1.DescribeGroupsResponse.$Shape): samsa.v1.DescribeGroupsResponse & samsa.v1.DescribeGroupsResponse.$Shape;
            static create(properties?: samsa.v1.DescribeGroupsResponse.$Properties): samsa.v1.DescribeGroupsResponse;

            /**
             * Encodes the specified DescribeGroupsResponse message. Does not implicitly {@link samsa.v1.DescribeGroupsResponse.verify|verify} messages.
             * @param m DescribeGroupsResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.DescribeGroupsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DescribeGroupsResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.DescribeGroupsResponse & samsa.v1.DescribeGroupsResponse.$Shape} DescribeGroupsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DescribeGroupsResponse & samsa.v1.DescribeGroupsResponse.$Shape;

            /**
             * Creates a DescribeGroupsResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DescribeGroupsResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.DescribeGroupsResponse;

            /**
             * Creates a plain object from a DescribeGroupsResponse message. Also converts values to other types if specified.
             * @param m DescribeGroupsResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.DescribeGroupsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DescribeGroupsResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DescribeGroupsResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DescribeGroupsResponse {

            /** Properties of a DescribeGroupsResponse. */
            interface $Properties {

                /** DescribeGroupsResponse groups */
                groups?: (samsa.v1.DescribeGroupsResponse.DescribedGroup.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DescribeGroupsResponse. */
            type $Shape = samsa.v1.DescribeGroupsResponse.$Properties;

            /**
             * Properties of a DescribedGroup.
             * @deprecated Use samsa.v1.DescribeGroupsResponse.DescribedGroup.$Properties instead.
             */
            interface IDescribedGroup extends samsa.v1.DescribeGroupsResponse.DescribedGroup.$Properties {
            }

            /** Represents a DescribedGroup. */
            class DescribedGroup {

                /**
                 * Constructs a new DescribedGroup.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.DescribeGroupsResponse.DescribedGroup.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DescribedGroup errorCode. */
                errorCode: number;

                /** DescribedGroup groupId. */
                groupId: string;

                /** DescribedGroup groupState. */
                groupState: string;

                /** DescribedGroup protocolType. */
                protocolType: string;

                /** DescribedGroup protocolData. */
                protocolData: string;

                /** DescribedGroup members. */
                members: samsa.v1.DescribeGroupsResponse.DescribedGroupMember.$Properties[];

                /**
                 * Creates a new DescribedGroup instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DescribedGroup instance
                 */
                static create(properties: samsa.v1.DescribeGroupsResponse.DescribedGroup.$Shape): samsa.v1.DescribeGroupsResponse.DescribedGroup & samsa.v1.DescribeGroupsResponse.DescribedGroup.$Shape;
                static create(properties?: samsa.v1.DescribeGroupsResponse.DescribedGroup.$Properties): samsa.v1.DescribeGroupsResponse.DescribedGroup;

                /**
                 * Encodes the specified DescribedGroup message. Does not implicitly {@link samsa.v1.DescribeGroupsResponse.DescribedGroup.verify|verify} messages.
                 * @param m DescribedGroup message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.DescribeGroupsResponse.DescribedGroup.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DescribedGroup message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.DescribeGroupsResponse.DescribedGroup & samsa.v1.DescribeGroupsResponse.DescribedGroup.$Shape} DescribedGroup
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DescribeGroupsResponse.DescribedGroup & samsa.v1.DescribeGroupsResponse.DescribedGroup.$Shape;

                /**
                 * Creates a DescribedGroup message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns DescribedGroup
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.DescribeGroupsResponse.DescribedGroup;

                /**
                 * Creates a plain object from a DescribedGroup message. Also converts values to other types if specified.
                 * @param m DescribedGroup
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.DescribeGroupsResponse.DescribedGroup, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DescribedGroup to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DescribedGroup
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DescribedGroup {

                /** Properties of a DescribedGroup. */
                interface $Properties {

                    /** DescribedGroup errorCode */
                    errorCode?: (number|null);

                    /** DescribedGroup groupId */
                    groupId?: (string|null);

                    /** DescribedGroup groupState */
                    groupState?: (string|null);

                    /** DescribedGroup protocolType */
                    protocolType?: (string|null);

                    /** DescribedGroup protocolData */
                    protocolData?: (string|null);

                    /** DescribedGroup members */
                    members?: (samsa.v1.DescribeGroupsResponse.DescribedGroupMember.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DescribedGroup. */
                type $Shape = samsa.v1.DescribeGroupsResponse.DescribedGroup.$Properties;
            }

            /**
             * Properties of a DescribedGroupMember.
             * @deprecated Use samsa.v1.DescribeGroupsResponse.DescribedGroupMember.$Properties instead.
             */
            interface IDescribedGroupMember extends samsa.v1.DescribeGroupsResponse.DescribedGroupMember.$Properties {
            }

            /** Represents a DescribedGroupMember. */
            class DescribedGroupMember {

                /**
                 * Constructs a new DescribedGroupMember.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.DescribeGroupsResponse.DescribedGroupMember.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DescribedGroupMember memberId. */
                memberId: string;

                /** DescribedGroupMember groupInstanceId. */
                groupInstanceId: string;

                /** DescribedGroupMember clientId. */
                clientId: string;

                /** DescribedGroupMember clientHost. */
                clientHost: string;

                /** DescribedGroupMember memberMetadata. */
                memberMetadata: Uint8Array;

                /** DescribedGroupMember memberAssignment. */
                memberAssignment: Uint8Array;

                /**
                 * Creates a new DescribedGroupMember instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DescribedGroupMember instance
                 */
                static create(properties: samsa.v1.DescribeGroupsResponse.DescribedGroupMember.$Shape): samsa.v1.DescribeGroupsResponse.DescribedGroupMember & samsa.v1.DescribeGroupsResponse.DescribedGroupMember.$Shape;
                static create(properties?: samsa.v1.DescribeGroupsResponse.DescribedGroupMember.$Properties): samsa.v1.DescribeGroupsResponse.DescribedGroupMember;

                /**
                 * Encodes the specified DescribedGroupMember message. Does not implicitly {@link samsa.v1.DescribeGroupsResponse.DescribedGroupMember.verify|verify} messages.
                 * @param m DescribedGroupMember message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.DescribeGroupsResponse.DescribedGroupMember.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DescribedGroupMember message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.DescribeGroupsResponse.DescribedGroupMember & samsa.v1.DescribeGroupsResponse.DescribedGroupMember.$Shape} DescribedGroupMember
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DescribeGroupsResponse.DescribedGroupMember & samsa.v1.DescribeGroupsResponse.DescribedGroupMember.$Shape;

                /**
                 * Creates a DescribedGroupMember message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns DescribedGroupMember
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.DescribeGroupsResponse.DescribedGroupMember;

                /**
                 * Creates a plain object from a DescribedGroupMember message. Also converts values to other types if specified.
                 * @param m DescribedGroupMember
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.DescribeGroupsResponse.DescribedGroupMember, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DescribedGroupMember to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DescribedGroupMember
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DescribedGroupMember {

                /** Properties of a DescribedGroupMember. */
                interface $Properties {

                    /** DescribedGroupMember memberId */
                    memberId?: (string|null);

                    /** DescribedGroupMember groupInstanceId */
                    groupInstanceId?: (string|null);

                    /** DescribedGroupMember clientId */
                    clientId?: (string|null);

                    /** DescribedGroupMember clientHost */
                    clientHost?: (string|null);

                    /** DescribedGroupMember memberMetadata */
                    memberMetadata?: (Uint8Array|null);

                    /** DescribedGroupMember memberAssignment */
                    memberAssignment?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DescribedGroupMember. */
                type $Shape = samsa.v1.DescribeGroupsResponse.DescribedGroupMember.$Properties;
            }
        }

        /**
         * Properties of a ListGroupsRequest.
         * @deprecated Use samsa.v1.ListGroupsRequest.$Properties instead.
         */
        interface IListGroupsRequest extends samsa.v1.ListGroupsRequest.$Properties {
        }

        /** Represents a ListGroupsRequest. */
        class ListGroupsRequest {

            /**
             * Constructs a new ListGroupsRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.ListGroupsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListGroupsRequest statesFilter. */
            statesFilter: string[];

            /**
             * Creates a new ListGroupsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListGroupsRequest instance
             */
            static create(properties: samsa.v1.ListGroupsRequest.$Shape): samsa.v1.ListGroupsRequest & samsa.v1.ListGroupsRequest.$Shape;
            static create(properties?: samsa.v1.ListGroupsRequest.$Properties): samsa.v1.ListGroupsRequest;

            /**
             * Encodes the specified ListGroupsRequest message. Does not implicitly {@link samsa.v1.ListGroupsRequest.verify|verify} messages.
             * @param m ListGroupsRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.ListGroupsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListGroupsRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.ListGroupsRequest & samsa.v1.ListGroupsRequest.$Shape} ListGroupsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.ListGroupsRequest & samsa.v1.ListGroupsRequest.$Shape;

            /**
             * Creates a ListGroupsRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ListGroupsRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.ListGroupsRequest;

            /**
             * Creates a plain object from a ListGroupsRequest message. Also converts values to other types if specified.
             * @param m ListGroupsRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.ListGroupsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListGroupsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListGroupsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListGroupsRequest {

            /** Properties of a ListGroupsRequest. */
            interface $Properties {

                /** ListGroupsRequest statesFilter */
                statesFilter?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListGroupsRequest. */
            type $Shape = samsa.v1.ListGroupsRequest.$Properties;
        }

        /**
         * Properties of a ListGroupsResponse.
         * @deprecated Use samsa.v1.ListGroupsResponse.$Properties instead.
         */
        interface IListGroupsResponse extends samsa.v1.ListGroupsResponse.$Properties {
        }

        /** Represents a ListGroupsResponse. */
        class ListGroupsResponse {

            /**
             * Constructs a new ListGroupsResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.ListGroupsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListGroupsResponse errorCode. */
            errorCode: number;

            /** ListGroupsResponse groups. */
            groups: samsa.v1.ListGroupsResponse.ListedGroup.$Properties[];

            /**
             * Creates a new ListGroupsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListGroupsResponse instance
             */
            static create(properties: samsa.v1.ListGroupsResponse.$Shape): samsa.v1.ListGroupsResponse & samsa.v1.ListGroupsResponse.$Shape;
            static create(properties?: samsa.v1.ListGroupsResponse.$Properties): samsa.v1.ListGroupsResponse;

            /**
             * Encodes the specified ListGroupsResponse message. Does not implicitly {@link samsa.v1.ListGroupsResponse.verify|verify} messages.
             * @param m ListGroupsResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.ListGroupsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListGroupsResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.ListGroupsResponse & samsa.v1.ListGroupsResponse.$Shape} ListGroupsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.ListGroupsResponse & samsa.v1.ListGroupsResponse.$Shape;

            /**
             * Creates a ListGroupsResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ListGroupsResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.ListGroupsResponse;

            /**
             * Creates a plain object from a ListGroupsResponse message. Also converts values to other types if specified.
             * @param m ListGroupsResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.ListGroupsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListGroupsResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListGroupsResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListGroupsResponse {

            /** Properties of a ListGroupsResponse. */
            interface $Properties {

                /** ListGroupsResponse errorCode */
                errorCode?: (number|null);

                /** ListGroupsResponse groups */
                groups?: (samsa.v1.ListGroupsResponse.ListedGroup.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListGroupsResponse. */
            type $Shape = samsa.v1.ListGroupsResponse.$Properties;

            /**
             * Properties of a ListedGroup.
             * @deprecated Use samsa.v1.ListGroupsResponse.ListedGroup.$Properties instead.
             */
            interface IListedGroup extends samsa.v1.ListGroupsResponse.ListedGroup.$Properties {
            }

            /** Represents a ListedGroup. */
            class ListedGroup {

                /**
                 * Constructs a new ListedGroup.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.ListGroupsResponse.ListedGroup.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListedGroup groupId. */
                groupId: string;

                /** ListedGroup protocolType. */
                protocolType: string;

                /** ListedGroup groupState. */
                groupState: string;

                /**
                 * Creates a new ListedGroup instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListedGroup instance
                 */
                static create(properties: samsa.v1.ListGroupsResponse.ListedGroup.$Shape): samsa.v1.ListGroupsResponse.ListedGroup & samsa.v1.ListGroupsResponse.ListedGroup.$Shape;
                static create(properties?: samsa.v1.ListGroupsResponse.ListedGroup.$Properties): samsa.v1.ListGroupsResponse.ListedGroup;

                /**
                 * Encodes the specified ListedGroup message. Does not implicitly {@link samsa.v1.ListGroupsResponse.ListedGroup.verify|verify} messages.
                 * @param m ListedGroup message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.ListGroupsResponse.ListedGroup.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListedGroup message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.ListGroupsResponse.ListedGroup & samsa.v1.ListGroupsResponse.ListedGroup.$Shape} ListedGroup
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.ListGroupsResponse.ListedGroup & samsa.v1.ListGroupsResponse.ListedGroup.$Shape;

                /**
                 * Creates a ListedGroup message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ListedGroup
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.ListGroupsResponse.ListedGroup;

                /**
                 * Creates a plain object from a ListedGroup message. Also converts values to other types if specified.
                 * @param m ListedGroup
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.ListGroupsResponse.ListedGroup, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListedGroup to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListedGroup
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListedGroup {

                /** Properties of a ListedGroup. */
                interface $Properties {

                    /** ListedGroup groupId */
                    groupId?: (string|null);

                    /** ListedGroup protocolType */
                    protocolType?: (string|null);

                    /** ListedGroup groupState */
                    groupState?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListedGroup. */
                type $Shape = samsa.v1.ListGroupsResponse.ListedGroup.$Properties;
            }
        }

        /**
         * Properties of a DeleteGroupsRequest.
         * @deprecated Use samsa.v1.DeleteGroupsRequest.$Properties instead.
         */
        interface IDeleteGroupsRequest extends samsa.v1.DeleteGroupsRequest.$Properties {
        }

        /** Represents a DeleteGroupsRequest. */
        class DeleteGroupsRequest {

            /**
             * Constructs a new DeleteGroupsRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.DeleteGroupsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteGroupsRequest groupsNames. */
            groupsNames: string[];

            /**
             * Creates a new DeleteGroupsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeleteGroupsRequest instance
             */
            static create(properties: samsa.v1.DeleteGroupsRequest.$Shape): samsa.v1.DeleteGroupsRequest & samsa.v1.DeleteGroupsRequest.$Shape;
            static create(properties?: samsa.v1.DeleteGroupsRequest.$Properties): samsa.v1.DeleteGroupsRequest;

            /**
             * Encodes the specified DeleteGroupsRequest message. Does not implicitly {@link samsa.v1.DeleteGroupsRequest.verify|verify} messages.
             * @param m DeleteGroupsRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.DeleteGroupsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteGroupsRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.DeleteGroupsRequest & samsa.v1.DeleteGroupsRequest.$Shape} DeleteGroupsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DeleteGroupsRequest & samsa.v1.DeleteGroupsRequest.$Shape;

            /**
             * Creates a DeleteGroupsRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DeleteGroupsRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.DeleteGroupsRequest;

            /**
             * Creates a plain object from a DeleteGroupsRequest message. Also converts values to other types if specified.
             * @param m DeleteGroupsRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.DeleteGroupsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeleteGroupsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeleteGroupsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteGroupsRequest {

            /** Properties of a DeleteGroupsRequest. */
            interface $Properties {

                /** DeleteGroupsRequest groupsNames */
                groupsNames?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteGroupsRequest. */
            type $Shape = samsa.v1.DeleteGroupsRequest.$Properties;
        }

        /**
         * Properties of a DeleteGroupsResponse.
         * @deprecated Use samsa.v1.DeleteGroupsResponse.$Properties instead.
         */
        interface IDeleteGroupsResponse extends samsa.v1.DeleteGroupsResponse.$Properties {
        }

        /** Represents a DeleteGroupsResponse. */
        class DeleteGroupsResponse {

            /**
             * Constructs a new DeleteGroupsResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.DeleteGroupsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteGroupsResponse results. */
            results: samsa.v1.DeleteGroupsResponse.DeletableGroupResult.$Properties[];

            /**
             * Creates a new DeleteGroupsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeleteGroupsResponse instance
             */
            static create(properties: samsa.v1.DeleteGroupsResponse.$Shape): samsa.v1.DeleteGroupsResponse & samsa.v1.DeleteGroupsResponse.$Shape;
            static create(properties?: samsa.v1.DeleteGroupsResponse.$Properties): samsa.v1.DeleteGroupsResponse;

            /**
             * Encodes the specified DeleteGroupsResponse message. Does not implicitly {@link samsa.v1.DeleteGroupsResponse.verify|verify} messages.
             * @param m DeleteGroupsResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.DeleteGroupsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteGroupsResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.DeleteGroupsResponse & samsa.v1.DeleteGroupsResponse.$Shape} DeleteGroupsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DeleteGroupsResponse & samsa.v1.DeleteGroupsResponse.$Shape;

            /**
             * Creates a DeleteGroupsResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DeleteGroupsResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.DeleteGroupsResponse;

            /**
             * Creates a plain object from a DeleteGroupsResponse message. Also converts values to other types if specified.
             * @param m DeleteGroupsResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.DeleteGroupsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeleteGroupsResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeleteGroupsResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteGroupsResponse {

            /** Properties of a DeleteGroupsResponse. */
            interface $Properties {

                /** DeleteGroupsResponse results */
                results?: (samsa.v1.DeleteGroupsResponse.DeletableGroupResult.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteGroupsResponse. */
            type $Shape = samsa.v1.DeleteGroupsResponse.$Properties;

            /**
             * Properties of a DeletableGroupResult.
             * @deprecated Use samsa.v1.DeleteGroupsResponse.DeletableGroupResult.$Properties instead.
             */
            interface IDeletableGroupResult extends samsa.v1.DeleteGroupsResponse.DeletableGroupResult.$Properties {
            }

            /** Represents a DeletableGroupResult. */
            class DeletableGroupResult {

                /**
                 * Constructs a new DeletableGroupResult.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.DeleteGroupsResponse.DeletableGroupResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DeletableGroupResult groupId. */
                groupId: string;

                /** DeletableGroupResult errorCode. */
                errorCode: number;

                /**
                 * Creates a new DeletableGroupResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DeletableGroupResult instance
                 */
                static create(properties: samsa.v1.DeleteGroupsResponse.DeletableGroupResult.$Shape): samsa.v1.DeleteGroupsResponse.DeletableGroupResult & samsa.v1.DeleteGroupsResponse.DeletableGroupResult.$Shape;
                static create(properties?: samsa.v1.DeleteGroupsResponse.DeletableGroupResult.$Properties): samsa.v1.DeleteGroupsResponse.DeletableGroupResult;

                /**
                 * Encodes the specified DeletableGroupResult message. Does not implicitly {@link samsa.v1.DeleteGroupsResponse.DeletableGroupResult.verify|verify} messages.
                 * @param m DeletableGroupResult message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.DeleteGroupsResponse.DeletableGroupResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeletableGroupResult message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.DeleteGroupsResponse.DeletableGroupResult & samsa.v1.DeleteGroupsResponse.DeletableGroupResult.$Shape} DeletableGroupResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DeleteGroupsResponse.DeletableGroupResult & samsa.v1.DeleteGroupsResponse.DeletableGroupResult.$Shape;

                /**
                 * Creates a DeletableGroupResult message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns DeletableGroupResult
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.DeleteGroupsResponse.DeletableGroupResult;

                /**
                 * Creates a plain object from a DeletableGroupResult message. Also converts values to other types if specified.
                 * @param m DeletableGroupResult
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.DeleteGroupsResponse.DeletableGroupResult, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DeletableGroupResult to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DeletableGroupResult
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DeletableGroupResult {

                /** Properties of a DeletableGroupResult. */
                interface $Properties {

                    /** DeletableGroupResult groupId */
                    groupId?: (string|null);

                    /** DeletableGroupResult errorCode */
                    errorCode?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DeletableGroupResult. */
                type $Shape = samsa.v1.DeleteGroupsResponse.DeletableGroupResult.$Properties;
            }
        }

        /**
         * Properties of an AddPartitionsToTxnRequest.
         * @deprecated Use samsa.v1.AddPartitionsToTxnRequest.$Properties instead.
         */
        interface IAddPartitionsToTxnRequest extends samsa.v1.AddPartitionsToTxnRequest.$Properties {
        }

        /** Represents an AddPartitionsToTxnRequest. */
        class AddPartitionsToTxnRequest {

            /**
             * Constructs a new AddPartitionsToTxnRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.AddPartitionsToTxnRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AddPartitionsToTxnRequest transactionalId. */
            transactionalId: string;

            /** AddPartitionsToTxnRequest producerId. */
            producerId: number;

            /** AddPartitionsToTxnRequest producerEpoch. */
            producerEpoch: number;

            /** AddPartitionsToTxnRequest topics. */
            topics: samsa.v1.AddPartitionsToTxnRequest.Topic.$Properties[];

            /**
             * Creates a new AddPartitionsToTxnRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AddPartitionsToTxnRequest instance
             */
            static create(properties: samsa.v1.AddPartitionsToTxnRequest.$Shape): samsa.v1.AddPartitionsToTxnRequest & samsa.v1.AddPartitionsToTxnRequest.$Shape;
            static create(properties?: samsa.v1.AddPartitionsToTxnRequest.$Properties): samsa.v1.AddPartitionsToTxnRequest;

            /**
             * Encodes the specified AddPartitionsToTxnRequest message. Does not implicitly {@link samsa.v1.AddPartitionsToTxnRequest.verify|verify} messages.
             * @param m AddPartitionsToTxnRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.AddPartitionsToTxnRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AddPartitionsToTxnRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.AddPartitionsToTxnRequest & samsa.v1.AddPartitionsToTxnRequest.$Shape} AddPartitionsToTxnRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.AddPartitionsToTxnRequest & samsa.v1.AddPartitionsToTxnRequest.$Shape;

            /**
             * Creates an AddPartitionsToTxnRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns AddPartitionsToTxnRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.AddPartitionsToTxnRequest;

            /**
             * Creates a plain object from an AddPartitionsToTxnRequest message. Also converts values to other types if specified.
             * @param m AddPartitionsToTxnRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.AddPartitionsToTxnRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AddPartitionsToTxnRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AddPartitionsToTxnRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AddPartitionsToTxnRequest {

            /** Properties of an AddPartitionsToTxnRequest. */
            interface $Properties {

                /** AddPartitionsToTxnRequest transactionalId */
                transactionalId?: (string|null);

                /** AddPartitionsToTxnRequest producerId */
                producerId?: (number|null);

                /** AddPartitionsToTxnRequest producerEpoch */
                producerEpoch?: (number|null);

                /** AddPartitionsToTxnRequest topics */
                topics?: (samsa.v1.AddPartitionsToTxnRequest.Topic.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AddPartitionsToTxnRequest. */
            type $Shape = samsa.v1.AddPartitionsToTxnRequest.$Properties;

            /**
             * Properties of a Topic.
             * @deprecated Use samsa.v1.AddPartitionsToTxnRequest.Topic.$Properties instead.
             */
            interface ITopic extends samsa.v1.AddPartitionsToTxnRequest.Topic.$Properties {
            }

            /** Represents a Topic. */
            class Topic {

                /**
                 * Constructs a new Topic.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.AddPartitionsToTxnRequest.Topic.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Topic name. */
                name: string;

                /** Topic partitions. */
                partitions: number[];

                /**
                 * Creates a new Topic instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Topic instance
                 */
                static create(properties: samsa.v1.AddPartitionsToTxnRequest.Topic.$Shape): samsa.v1.AddPartitionsToTxnRequest.Topic & samsa.v1.AddPartitionsToTxnRequest.Topic.$Shape;
                static create(properties?: samsa.v1.AddPartitionsToTxnRequest.Topic.$Properties): samsa.v1.AddPartitionsToTxnRequest.Topic;

                /**
                 * Encodes the specified Topic message. Does not implicitly {@link samsa.v1.AddPartitionsToTxnRequest.Topic.verify|verify} messages.
                 * @param m Topic message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.AddPartitionsToTxnRequest.Topic.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Topic message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.AddPartitionsToTxnRequest.Topic & samsa.v1.AddPartitionsToTxnRequest.Topic.$Shape} Topic
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.AddPartitionsToTxnRequest.Topic & samsa.v1.AddPartitionsToTxnRequest.Topic.$Shape;

                /**
                 * Creates a Topic message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Topic
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.AddPartitionsToTxnRequest.Topic;

                /**
                 * Creates a plain object from a Topic message. Also converts values to other types if specified.
                 * @param m Topic
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.AddPartitionsToTxnRequest.Topic, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Topic to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Topic
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Topic {

                /** Properties of a Topic. */
                interface $Properties {

                    /** Topic name */
                    name?: (string|null);

                    /** Topic partitions */
                    partitions?: (number[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Topic. */
                type $Shape = samsa.v1.AddPartitionsToTxnRequest.Topic.$Properties;
            }
        }

        /**
         * Properties of an AddPartitionsToTxnResponse.
         * @deprecated Use samsa.v1.AddPartitionsToTxnResponse.$Properties instead.
         */
        interface IAddPartitionsToTxnResponse extends samsa.v1.AddPartitionsToTxnResponse.$Properties {
        }

        /** Represents an AddPartitionsToTxnResponse. */
        class AddPartitionsToTxnResponse {

            /**
             * Constructs a new AddPartitionsToTxnResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.AddPartitionsToTxnResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AddPartitionsToTxnResponse throttleTimeMs. */
            throttleTimeMs: number;

            /** AddPartitionsToTxnResponse results. */
            results: samsa.v1.AddPartitionsToTxnResponse.TopicResult.$Properties[];

            /**
             * Creates a new AddPartitionsToTxnResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AddPartitionsToTxnResponse instance
             */
            static create(properties: samsa.v1.AddPartitionsToTxnResponse.$Shape): samsa.v1.AddPartitionsToTxnResponse & samsa.v1.AddPartitionsToTxnResponse.$Shape;
            static create(properties?: samsa.v1.AddPartitionsToTxnResponse.$Properties): samsa.v1.AddPartitionsToTxnResponse;

            /**
             * Encodes the specified AddPartitionsToTxnResponse message. Does not implicitly {@link samsa.v1.AddPartitionsToTxnResponse.verify|verify} messages.
             * @param m AddPartitionsToTxnResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.AddPartitionsToTxnResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AddPartitionsToTxnResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.AddPartitionsToTxnResponse & samsa.v1.AddPartitionsToTxnResponse.$Shape} AddPartitionsToTxnResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.AddPartitionsToTxnResponse & samsa.v1.AddPartitionsToTxnResponse.$Shape;

            /**
             * Creates an AddPartitionsToTxnResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns AddPartitionsToTxnResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.AddPartitionsToTxnResponse;

            /**
             * Creates a plain object from an AddPartitionsToTxnResponse message. Also converts values to other types if specified.
             * @param m AddPartitionsToTxnResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.AddPartitionsToTxnResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AddPartitionsToTxnResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AddPartitionsToTxnResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AddPartitionsToTxnResponse {

            /** Properties of an AddPartitionsToTxnResponse. */
            interface $Properties {

                /** AddPartitionsToTxnResponse throttleTimeMs */
                throttleTimeMs?: (number|null);

                /** AddPartitionsToTxnResponse results */
                results?: (samsa.v1.AddPartitionsToTxnResponse.TopicResult.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AddPartitionsToTxnResponse. */
            type $Shape = samsa.v1.AddPartitionsToTxnResponse.$Properties;

            /**
             * Properties of a TopicResult.
             * @deprecated Use samsa.v1.AddPartitionsToTxnResponse.TopicResult.$Properties instead.
             */
            interface ITopicResult extends samsa.v1.AddPartitionsToTxnResponse.TopicResult.$Properties {
            }

            /** Represents a TopicResult. */
            class TopicResult {

                /**
                 * Constructs a new TopicResult.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.AddPartitionsToTxnResponse.TopicResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TopicResult name. */
                name: string;

                /** TopicResult results. */
                results: samsa.v1.AddPartitionsToTxnResponse.PartitionResult.$Properties[];

                /**
                 * Creates a new TopicResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TopicResult instance
                 */
                static create(properties: samsa.v1.AddPartitionsToTxnResponse.TopicResult.$Shape): samsa.v1.AddPartitionsToTxnResponse.TopicResult & samsa.v1.AddPartitionsToTxnResponse.TopicResult.$Shape;
                static create(properties?: samsa.v1.AddPartitionsToTxnResponse.TopicResult.$Properties): samsa.v1.AddPartitionsToTxnResponse.TopicResult;

                /**
                 * Encodes the specified TopicResult message. Does not implicitly {@link samsa.v1.AddPartitionsToTxnResponse.TopicResult.verify|verify} messages.
                 * @param m TopicResult message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.AddPartitionsToTxnResponse.TopicResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TopicResult message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.AddPartitionsToTxnResponse.TopicResult & samsa.v1.AddPartitionsToTxnResponse.TopicResult.$Shape} TopicResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.AddPartitionsToTxnResponse.TopicResult & samsa.v1.AddPartitionsToTxnResponse.TopicResult.$Shape;

                /**
                 * Creates a TopicResult message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns TopicResult
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.AddPartitionsToTxnResponse.TopicResult;

                /**
                 * Creates a plain object from a TopicResult message. Also converts values to other types if specified.
                 * @param m TopicResult
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.AddPartitionsToTxnResponse.TopicResult, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TopicResult to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for TopicResult
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TopicResult {

                /** Properties of a TopicResult. */
                interface $Properties {

                    /** TopicResult name */
                    name?: (string|null);

                    /** TopicResult results */
                    results?: (samsa.v1.AddPartitionsToTxnResponse.PartitionResult.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TopicResult. */
                type $Shape = samsa.v1.AddPartitionsToTxnResponse.TopicResult.$Properties;
            }

            /**
             * Properties of a PartitionResult.
             * @deprecated Use samsa.v1.AddPartitionsToTxnResponse.PartitionResult.$Properties instead.
             */
            interface IPartitionResult extends samsa.v1.AddPartitionsToTxnResponse.PartitionResult.$Properties {
            }

            /** Represents a PartitionResult. */
            class PartitionResult {

                /**
                 * Constructs a new PartitionResult.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.AddPartitionsToTxnResponse.PartitionResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PartitionResult partitionIndex. */
                partitionIndex: number;

                /** PartitionResult errorCode. */
                errorCode: number;

                /**
                 * Creates a new PartitionResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PartitionResult instance
                 */
                static create(properties: samsa.v1.AddPartitionsToTxnResponse.PartitionResult.$Shape): samsa.v1.AddPartitionsToTxnResponse.PartitionResult & samsa.v1.AddPartitionsToTxnResponse.PartitionResult.$Shape;
                static create(properties?: samsa.v1.AddPartitionsToTxnResponse.PartitionResult.$Properties): samsa.v1.AddPartitionsToTxnResponse.PartitionResult;

                /**
                 * Encodes the specified PartitionResult message. Does not implicitly {@link samsa.v1.AddPartitionsToTxnResponse.PartitionResult.verify|verify} messages.
                 * @param m PartitionResult message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.AddPartitionsToTxnResponse.PartitionResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PartitionResult message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.AddPartitionsToTxnResponse.PartitionResult & samsa.v1.AddPartitionsToTxnResponse.PartitionResult.$Shape} PartitionResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.AddPartitionsToTxnResponse.PartitionResult & samsa.v1.AddPartitionsToTxnResponse.PartitionResult.$Shape;

                /**
                 * Creates a PartitionResult message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns PartitionResult
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.AddPartitionsToTxnResponse.PartitionResult;

                /**
                 * Creates a plain object from a PartitionResult message. Also converts values to other types if specified.
                 * @param m PartitionResult
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.AddPartitionsToTxnResponse.PartitionResult, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PartitionResult to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PartitionResult
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PartitionResult {

                /** Properties of a PartitionResult. */
                interface $Properties {

                    /** PartitionResult partitionIndex */
                    partitionIndex?: (number|null);

                    /** PartitionResult errorCode */
                    errorCode?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PartitionResult. */
                type $Shape = samsa.v1.AddPartitionsToTxnResponse.PartitionResult.$Properties;
            }
        }

        /**
         * Properties of an AddOffsetsToTxnRequest.
         * @deprecated Use samsa.v1.AddOffsetsToTxnRequest.$Properties instead.
         */
        interface IAddOffsetsToTxnRequest extends samsa.v1.AddOffsetsToTxnRequest.$Properties {
        }

        /** Represents an AddOffsetsToTxnRequest. */
        class AddOffsetsToTxnRequest {

            /**
             * Constructs a new AddOffsetsToTxnRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.AddOffsetsToTxnRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AddOffsetsToTxnRequest transactionalId. */
            transactionalId: string;

            /** AddOffsetsToTxnRequest producerId. */
            producerId: number;

            /** AddOffsetsToTxnRequest producerEpoch. */
            producerEpoch: number;

            /** AddOffsetsToTxnRequest groupId. */
            groupId: string;

            /**
             * Creates a new AddOffsetsToTxnRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AddOffsetsToTxnRequest instance
             */
            static create(properties: samsa.v1.AddOffsetsToTxnRequest.$Shape): samsa.v1.AddOffsetsToTxnRequest & samsa.v1.AddOffsetsToTxnRequest.$Shape;
            static create(properties?: samsa.v1.AddOffsetsToTxnRequest.$Properties): samsa.v1.AddOffsetsToTxnRequest;

            /**
             * Encodes the specified AddOffsetsToTxnRequest message. Does not implicitly {@link samsa.v1.AddOffsetsToTxnRequest.verify|verify} messages.
             * @param m AddOffsetsToTxnRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.AddOffsetsToTxnRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AddOffsetsToTxnRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.AddOffsetsToTxnRequest & samsa.v1.AddOffsetsToTxnRequest.$Shape} AddOffsetsToTxnRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.AddOffsetsToTxnRequest & samsa.v1.AddOffsetsToTxnRequest.$Shape;

            /**
             * Creates an AddOffsetsToTxnRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns AddOffsetsToTxnRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.AddOffsetsToTxnRequest;

            /**
             * Creates a plain object from an AddOffsetsToTxnRequest message. Also converts values to other types if specified.
             * @param m AddOffsetsToTxnRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.AddOffsetsToTxnRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AddOffsetsToTxnRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AddOffsetsToTxnRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AddOffsetsToTxnRequest {

            /** Properties of an AddOffsetsToTxnRequest. */
            interface $Properties {

                /** AddOffsetsToTxnRequest transactionalId */
                transactionalId?: (string|null);

                /** AddOffsetsToTxnRequest producerId */
                producerId?: (number|null);

                /** AddOffsetsToTxnRequest producerEpoch */
                producerEpoch?: (number|null);

                /** AddOffsetsToTxnRequest groupId */
                groupId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AddOffsetsToTxnRequest. */
            type $Shape = samsa.v1.AddOffsetsToTxnRequest.$Properties;
        }

        /**
         * Properties of an AddOffsetsToTxnResponse.
         * @deprecated Use samsa.v1.AddOffsetsToTxnResponse.$Properties instead.
         */
        interface IAddOffsetsToTxnResponse extends samsa.v1.AddOffsetsToTxnResponse.$Properties {
        }

        /** Represents an AddOffsetsToTxnResponse. */
        class AddOffsetsToTxnResponse {

            /**
             * Constructs a new AddOffsetsToTxnResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.AddOffsetsToTxnResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AddOffsetsToTxnResponse throttleTimeMs. */
            throttleTimeMs: number;

            /** AddOffsetsToTxnResponse errorCode. */
            errorCode: number;

            /**
             * Creates a new AddOffsetsToTxnResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AddOffsetsToTxnResponse instance
             */
            static create(properties: samsa.v1.AddOffsetsToTxnResponse.$Shape): samsa.v1.AddOffsetsToTxnResponse & samsa.v1.AddOffsetsToTxnResponse.$Shape;
            static create(properties?: samsa.v1.AddOffsetsToTxnResponse.$Properties): samsa.v1.AddOffsetsToTxnResponse;

            /**
             * Encodes the specified AddOffsetsToTxnResponse message. Does not implicitly {@link samsa.v1.AddOffsetsToTxnResponse.verify|verify} messages.
             * @param m AddOffsetsToTxnResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.AddOffsetsToTxnResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AddOffsetsToTxnResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.AddOffsetsToTxnResponse & samsa.v1.AddOffsetsToTxnResponse.$Shape} AddOffsetsToTxnResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.AddOffsetsToTxnResponse & samsa.v1.AddOffsetsToTxnResponse.$Shape;

            /**
             * Creates an AddOffsetsToTxnResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns AddOffsetsToTxnResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.AddOffsetsToTxnResponse;

            /**
             * Creates a plain object from an AddOffsetsToTxnResponse message. Also converts values to other types if specified.
             * @param m AddOffsetsToTxnResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.AddOffsetsToTxnResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AddOffsetsToTxnResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AddOffsetsToTxnResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AddOffsetsToTxnResponse {

            /** Properties of an AddOffsetsToTxnResponse. */
            interface $Properties {

                /** AddOffsetsToTxnResponse throttleTimeMs */
                throttleTimeMs?: (number|null);

                /** AddOffsetsToTxnResponse errorCode */
                errorCode?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AddOffsetsToTxnResponse. */
            type $Shape = samsa.v1.AddOffsetsToTxnResponse.$Properties;
        }

        /**
         * Properties of an EndTxnRequest.
         * @deprecated Use samsa.v1.EndTxnRequest.$Properties instead.
         */
        interface IEndTxnRequest extends samsa.v1.EndTxnRequest.$Properties {
        }

        /** Represents an EndTxnRequest. */
        class EndTxnRequest {

            /**
             * Constructs a new EndTxnRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.EndTxnRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EndTxnRequest transactionalId. */
            transactionalId: string;

            /** EndTxnRequest producerId. */
            producerId: number;

            /** EndTxnRequest producerEpoch. */
            producerEpoch: number;

            /** EndTxnRequest committed. */
            committed: boolean;

            /**
             * Creates a new EndTxnRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EndTxnRequest instance
             */
            static create(properties: samsa.v1.EndTxnRequest.$Shape): samsa.v1.EndTxnRequest & samsa.v1.EndTxnRequest.$Shape;
            static create(properties?: samsa.v1.EndTxnRequest.$Properties): samsa.v1.EndTxnRequest;

            /**
             * Encodes the specified EndTxnRequest message. Does not implicitly {@link samsa.v1.EndTxnRequest.verify|verify} messages.
             * @param m EndTxnRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.EndTxnRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EndTxnRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.EndTxnRequest & samsa.v1.EndTxnRequest.$Shape} EndTxnRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.EndTxnRequest & samsa.v1.EndTxnRequest.$Shape;

            /**
             * Creates an EndTxnRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns EndTxnRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.EndTxnRequest;

            /**
             * Creates a plain object from an EndTxnRequest message. Also converts values to other types if specified.
             * @param m EndTxnRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.EndTxnRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EndTxnRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EndTxnRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EndTxnRequest {

            /** Properties of an EndTxnRequest. */
            interface $Properties {

                /** EndTxnRequest transactionalId */
                transactionalId?: (string|null);

                /** EndTxnRequest producerId */
                producerId?: (number|null);

                /** EndTxnRequest producerEpoch */
                producerEpoch?: (number|null);

                /** EndTxnRequest committed */
                committed?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EndTxnRequest. */
            type $Shape = samsa.v1.EndTxnRequest.$Properties;
        }

        /**
         * Properties of an EndTxnResponse.
         * @deprecated Use samsa.v1.EndTxnResponse.$Properties instead.
         */
        interface IEndTxnResponse extends samsa.v1.EndTxnResponse.$Properties {
        }

        /** Represents an EndTxnResponse. */
        class EndTxnResponse {

            /**
             * Constructs a new EndTxnResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.EndTxnResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EndTxnResponse throttleTimeMs. */
            throttleTimeMs: number;

            /** EndTxnResponse errorCode. */
            errorCode: number;

            /**
             * Creates a new EndTxnResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EndTxnResponse instance
             */
            static create(properties: samsa.v1.EndTxnResponse.$Shape): samsa.v1.EndTxnResponse & samsa.v1.EndTxnResponse.$Shape;
            static create(properties?: samsa.v1.EndTxnResponse.$Properties): samsa.v1.EndTxnResponse;

            /**
             * Encodes the specified EndTxnResponse message. Does not implicitly {@link samsa.v1.EndTxnResponse.verify|verify} messages.
             * @param m EndTxnResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.EndTxnResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EndTxnResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.EndTxnResponse & samsa.v1.EndTxnResponse.$Shape} EndTxnResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.EndTxnResponse & samsa.v1.EndTxnResponse.$Shape;

            /**
             * Creates an EndTxnResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns EndTxnResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.EndTxnResponse;

            /**
             * Creates a plain object from an EndTxnResponse message. Also converts values to other types if specified.
             * @param m EndTxnResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.EndTxnResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EndTxnResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EndTxnResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EndTxnResponse {

            /** Properties of an EndTxnResponse. */
            interface $Properties {

                /** EndTxnResponse throttleTimeMs */
                throttleTimeMs?: (number|null);

                /** EndTxnResponse errorCode */
                errorCode?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EndTxnResponse. */
            type $Shape = samsa.v1.EndTxnResponse.$Properties;
        }

        /**
         * Properties of a WriteTxnMarkersRequest.
         * @deprecated Use samsa.v1.WriteTxnMarkersRequest.$Properties instead.
         */
        interface IWriteTxnMarkersRequest extends samsa.v1.WriteTxnMarkersRequest.$Properties {
        }

        /** Represents a WriteTxnMarkersRequest. */
        class WriteTxnMarkersRequest {

            /**
             * Constructs a new WriteTxnMarkersRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.WriteTxnMarkersRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WriteTxnMarkersRequest markers. */
            markers: samsa.v1.WriteTxnMarkersRequest.Marker.$Properties[];

            /**
             * Creates a new WriteTxnMarkersRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WriteTxnMarkersRequest instance
             */
            static create(properties: samsa.v1.WriteTxnMarkersRequest.$Shape): samsa.v1.WriteTxnMarkersRequest & samsa.v1.WriteTxnMarkersRequest.$Shape;
            static create(properties?: samsa.v1.WriteTxnMarkersRequest.$Properties): samsa.v1.WriteTxnMarkersRequest;

            /**
             * Encodes the specified WriteTxnMarkersRequest message. Does not implicitly {@link samsa.v1.WriteTxnMarkersRequest.verify|verify} messages.
             * @param m WriteTxnMarkersRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.WriteTxnMarkersRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WriteTxnMarkersRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.WriteTxnMarkersRequest & samsa.v1.WriteTxnMarkersRequest.$Shape} WriteTxnMarkersRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.WriteTxnMarkersRequest & samsa.v1.WriteTxnMarkersRequest.$Shape;

            /**
             * Creates a WriteTxnMarkersRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns WriteTxnMarkersRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.WriteTxnMarkersRequest;

            /**
             * Creates a plain object from a WriteTxnMarkersRequest message. Also converts values to other types if specified.
             * @param m WriteTxnMarkersRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.WriteTxnMarkersRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WriteTxnMarkersRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for WriteTxnMarkersRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WriteTxnMarkersRequest {

            /** Properties of a WriteTxnMarkersRequest. */
            interface $Properties {

                /** WriteTxnMarkersRequest markers */
                markers?: (samsa.v1.WriteTxnMarkersRequest.Marker.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WriteTxnMarkersRequest. */
            type $Shape = samsa.v1.WriteTxnMarkersRequest.$Properties;

            /**
             * Properties of a Marker.
             * @deprecated Use samsa.v1.WriteTxnMarkersRequest.Marker.$Properties instead.
             */
            interface IMarker extends samsa.v1.WriteTxnMarkersRequest.Marker.$Properties {
            }

            /** Represents a Marker. */
            class Marker {

                /**
                 * Constructs a new Marker.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.WriteTxnMarkersRequest.Marker.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Marker producerId. */
                producerId: number;

                /** Marker producerEpoch. */
                producerEpoch: number;

                /** Marker transactionResult. */
                transactionResult: boolean;

                /** Marker topics. */
                topics: samsa.v1.WriteTxnMarkersRequest.Topic.$Properties[];

                /** Marker coordinatorEpoch. */
                coordinatorEpoch: number;

                /**
                 * Creates a new Marker instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Marker instance
                 */
                static create(properties: samsa.v1.WriteTxnMarkersRequest.Marker.$Shape): samsa.v1.WriteTxnMarkersRequest.Marker & samsa.v1.WriteTxnMarkersRequest.Marker.$Shape;
                static create(properties?: samsa.v1.WriteTxnMarkersRequest.Marker.$Properties): samsa.v1.WriteTxnMarkersRequest.Marker;

                /**
                 * Encodes the specified Marker message. Does not implicitly {@link samsa.v1.WriteTxnMarkersRequest.Marker.verify|verify} messages.
                 * @param m Marker message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.WriteTxnMarkersRequest.Marker.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Marker message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.WriteTxnMarkersRequest.Marker & samsa.v1.WriteTxnMarkersRequest.Marker.$Shape} Marker
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.WriteTxnMarkersRequest.Marker & samsa.v1.WriteTxnMarkersRequest.Marker.$Shape;

                /**
                 * Creates a Marker message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Marker
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.WriteTxnMarkersRequest.Marker;

                /**
                 * Creates a plain object from a Marker message. Also converts values to other types if specified.
                 * @param m Marker
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.WriteTxnMarkersRequest.Marker, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Marker to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Marker
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Marker {

                /** Properties of a Marker. */
                interface $Properties {

                    /** Marker producerId */
                    producerId?: (number|null);

                    /** Marker producerEpoch */
                    producerEpoch?: (number|null);

                    /** Marker transactionResult */
                    transactionResult?: (boolean|null);

                    /** Marker topics */
                    topics?: (samsa.v1.WriteTxnMarkersRequest.Topic.$Properties[]|null);

                    /** Marker coordinatorEpoch */
                    coordinatorEpoch?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Marker. */
                type $Shape = samsa.v1.WriteTxnMarkersRequest.Marker.$Properties;
            }

            /**
             * Properties of a Topic.
             * @deprecated Use samsa.v1.WriteTxnMarkersRequest.Topic.$Properties instead.
             */
            interface ITopic extends samsa.v1.WriteTxnMarkersRequest.Topic.$Properties {
            }

            /** Represents a Topic. */
            class Topic {

                /**
                 * Constructs a new Topic.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.WriteTxnMarkersRequest.Topic.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Topic name. */
                name: string;

                /** Topic partitionIndexes. */
                partitionIndexes: number[];

                /**
                 * Creates a new Topic instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Topic instance
                 */
                static create(properties: samsa.v1.WriteTxnMarkersRequest.Topic.$Shape): samsa.v1.WriteTxnMarkersRequest.Topic & samsa.v1.WriteTxnMarkersRequest.Topic.$Shape;
                static create(properties?: samsa.v1.WriteTxnMarkersRequest.Topic.$Properties): samsa.v1.WriteTxnMarkersRequest.Topic;

                /**
                 * Encodes the specified Topic message. Does not implicitly {@link samsa.v1.WriteTxnMarkersRequest.Topic.verify|verify} messages.
                 * @param m Topic message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.WriteTxnMarkersRequest.Topic.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Topic message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.WriteTxnMarkersRequest.Topic & samsa.v1.WriteTxnMarkersRequest.Topic.$Shape} Topic
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.WriteTxnMarkersRequest.Topic & samsa.v1.WriteTxnMarkersRequest.Topic.$Shape;

                /**
                 * Creates a Topic message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Topic
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.WriteTxnMarkersRequest.Topic;

                /**
                 * Creates a plain object from a Topic message. Also converts values to other types if specified.
                 * @param m Topic
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.WriteTxnMarkersRequest.Topic, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Topic to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Topic
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Topic {

                /** Properties of a Topic. */
                interface $Properties {

                    /** Topic name */
                    name?: (string|null);

                    /** Topic partitionIndexes */
                    partitionIndexes?: (number[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Topic. */
                type $Shape = samsa.v1.WriteTxnMarkersRequest.Topic.$Properties;
            }
        }

        /**
         * Properties of a WriteTxnMarkersResponse.
         * @deprecated Use samsa.v1.WriteTxnMarkersResponse.$Properties instead.
         */
        interface IWriteTxnMarkersResponse extends samsa.v1.WriteTxnMarkersResponse.$Properties {
        }

        /** Represents a WriteTxnMarkersResponse. */
        class WriteTxnMarkersResponse {

            /**
             * Constructs a new WriteTxnMarkersResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.WriteTxnMarkersResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WriteTxnMarkersResponse markers. */
            markers: samsa.v1.WriteTxnMarkersResponse.MarkerResult.$Properties[];

            /**
             * Creates a new WriteTxnMarkersResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WriteTxnMarkersResponse instance
             */
            static create(properties: samsa.v1.WriteTxnMarkersResponse.$Shape): samsa.v1.WriteTxnMarkersResponse & samsa.v1.WriteTxnMarkersResponse.$Shape;
            static create(properties?: samsa.v1.WriteTxnMarkersResponse.$Properties): samsa.v1.WriteTxnMarkersResponse;

            /**
             * Encodes the specified WriteTxnMarkersResponse message. Does not implicitly {@link samsa.v1.WriteTxnMarkersResponse.verify|verify} messages.
             * @param m WriteTxnMarkersResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.WriteTxnMarkersResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WriteTxnMarkersResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.WriteTxnMarkersResponse & samsa.v1.WriteTxnMarkersResponse.$Shape} WriteTxnMarkersResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.WriteTxnMarkersResponse & samsa.v1.WriteTxnMarkersResponse.$Shape;

            /**
             * Creates a WriteTxnMarkersResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns WriteTxnMarkersResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.WriteTxnMarkersResponse;

            /**
             * Creates a plain object from a WriteTxnMarkersResponse message. Also converts values to other types if specified.
             * @param m WriteTxnMarkersResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.WriteTxnMarkersResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WriteTxnMarkersResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for WriteTxnMarkersResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WriteTxnMarkersResponse {

            /** Properties of a WriteTxnMarkersResponse. */
            interface $Properties {

                /** WriteTxnMarkersResponse markers */
                markers?: (samsa.v1.WriteTxnMarkersResponse.MarkerResult.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WriteTxnMarkersResponse. */
            type $Shape = samsa.v1.WriteTxnMarkersResponse.$Properties;

            /**
             * Properties of a MarkerResult.
             * @deprecated Use samsa.v1.WriteTxnMarkersResponse.MarkerResult.$Properties instead.
             */
            interface IMarkerResult extends samsa.v1.WriteTxnMarkersResponse.MarkerResult.$Properties {
            }

            /** Represents a MarkerResult. */
            class MarkerResult {

                /**
                 * Constructs a new MarkerResult.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.WriteTxnMarkersResponse.MarkerResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MarkerResult producerId. */
                producerId: number;

                /** MarkerResult topics. */
                topics: samsa.v1.WriteTxnMarkersResponse.TopicResult.$Properties[];

                /**
                 * Creates a new MarkerResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MarkerResult instance
                 */
                static create(properties: samsa.v1.WriteTxnMarkersResponse.MarkerResult.$Shape): samsa.v1.WriteTxnMarkersResponse.MarkerResult & samsa.v1.WriteTxnMarkersResponse.MarkerResult.$Shape;
                static create(properties?: samsa.v1.WriteTxnMarkersResponse.MarkerResult.$Properties): samsa.v1.WriteTxnMarkersResponse.MarkerResult;

                /**
                 * Encodes the specified MarkerResult message. Does not implicitly {@link samsa.v1.WriteTxnMarkersResponse.MarkerResult.verify|verify} messages.
                 * @param m MarkerResult message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.WriteTxnMarkersResponse.MarkerResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MarkerResult message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.WriteTxnMarkersResponse.MarkerResult & samsa.v1.WriteTxnMarkersResponse.MarkerResult.$Shape} MarkerResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.WriteTxnMarkersResponse.MarkerResult & samsa.v1.WriteTxnMarkersResponse.MarkerResult.$Shape;

                /**
                 * Creates a MarkerResult message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns MarkerResult
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.WriteTxnMarkersResponse.MarkerResult;

                /**
                 * Creates a plain object from a MarkerResult message. Also converts values to other types if specified.
                 * @param m MarkerResult
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.WriteTxnMarkersResponse.MarkerResult, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MarkerResult to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MarkerResult
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MarkerResult {

                /** Properties of a MarkerResult. */
                interface $Properties {

                    /** MarkerResult producerId */
                    producerId?: (number|null);

                    /** MarkerResult topics */
                    topics?: (samsa.v1.WriteTxnMarkersResponse.TopicResult.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MarkerResult. */
                type $Shape = samsa.v1.WriteTxnMarkersResponse.MarkerResult.$Properties;
            }

            /**
             * Properties of a TopicResult.
             * @deprecated Use samsa.v1.WriteTxnMarkersResponse.TopicResult.$Properties instead.
             */
            interface ITopicResult extends samsa.v1.WriteTxnMarkersResponse.TopicResult.$Properties {
            }

            /** Represents a TopicResult. */
            class TopicResult {

                /**
                 * Constructs a new TopicResult.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.WriteTxnMarkersResponse.TopicResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TopicResult name. */
                name: string;

                /** TopicResult partitions. */
                partitions: samsa.v1.WriteTxnMarkersResponse.PartitionResult.$Properties[];

                /**
                 * Creates a new TopicResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TopicResult instance
                 */
                static create(properties: samsa.v1.WriteTxnMarkersResponse.TopicResult.$Shape): samsa.v1.WriteTxnMarkersResponse.TopicResult & samsa.v1.WriteTxnMarkersResponse.TopicResult.$Shape;
                static create(properties?: samsa.v1.WriteTxnMarkersResponse.TopicResult.$Properties): samsa.v1.WriteTxnMarkersResponse.TopicResult;

                /**
                 * Encodes the specified TopicResult message. Does not implicitly {@link samsa.v1.WriteTxnMarkersResponse.TopicResult.verify|verify} messages.
                 * @param m TopicResult message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.WriteTxnMarkersResponse.TopicResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TopicResult message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.WriteTxnMarkersResponse.TopicResult & samsa.v1.WriteTxnMarkersResponse.TopicResult.$Shape} TopicResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.WriteTxnMarkersResponse.TopicResult & samsa.v1.WriteTxnMarkersResponse.TopicResult.$Shape;

                /**
                 * Creates a TopicResult message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns TopicResult
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.WriteTxnMarkersResponse.TopicResult;

                /**
                 * Creates a plain object from a TopicResult message. Also converts values to other types if specified.
                 * @param m TopicResult
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.WriteTxnMarkersResponse.TopicResult, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TopicResult to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for TopicResult
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TopicResult {

                /** Properties of a TopicResult. */
                interface $Properties {

                    /** TopicResult name */
                    name?: (string|null);

                    /** TopicResult partitions */
                    partitions?: (samsa.v1.WriteTxnMarkersResponse.PartitionResult.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TopicResult. */
                type $Shape = samsa.v1.WriteTxnMarkersResponse.TopicResult.$Properties;
            }

            /**
             * Properties of a PartitionResult.
             * @deprecated Use samsa.v1.WriteTxnMarkersResponse.PartitionResult.$Properties instead.
             */
            interface IPartitionResult extends samsa.v1.WriteTxnMarkersResponse.PartitionResult.$Properties {
            }

            /** Represents a PartitionResult. */
            class PartitionResult {

                /**
                 * Constructs a new PartitionResult.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.WriteTxnMarkersResponse.PartitionResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PartitionResult partitionIndex. */
                partitionIndex: number;

                /** PartitionResult errorCode. */
                errorCode: number;

                /**
                 * Creates a new PartitionResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PartitionResult instance
                 */
                static create(properties: samsa.v1.WriteTxnMarkersResponse.PartitionResult.$Shape): samsa.v1.WriteTxnMarkersResponse.PartitionResult & samsa.v1.WriteTxnMarkersResponse.PartitionResult.$Shape;
                static create(properties?: samsa.v1.WriteTxnMarkersResponse.PartitionResult.$Properties): samsa.v1.WriteTxnMarkersResponse.PartitionResult;

                /**
                 * Encodes the specified PartitionResult message. Does not implicitly {@link samsa.v1.WriteTxnMarkersResponse.PartitionResult.verify|verify} messages.
                 * @param m PartitionResult message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.WriteTxnMarkersResponse.PartitionResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PartitionResult message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.WriteTxnMarkersResponse.PartitionResult & samsa.v1.WriteTxnMarkersResponse.PartitionResult.$Shape} PartitionResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.WriteTxnMarkersResponse.PartitionResult & samsa.v1.WriteTxnMarkersResponse.PartitionResult.$Shape;

                /**
                 * Creates a PartitionResult message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns PartitionResult
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.WriteTxnMarkersResponse.PartitionResult;

                /**
                 * Creates a plain object from a PartitionResult message. Also converts values to other types if specified.
                 * @param m PartitionResult
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.WriteTxnMarkersResponse.PartitionResult, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PartitionResult to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PartitionResult
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PartitionResult {

                /** Properties of a PartitionResult. */
                interface $Properties {

                    /** PartitionResult partitionIndex */
                    partitionIndex?: (number|null);

                    /** PartitionResult errorCode */
                    errorCode?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PartitionResult. */
                type $Shape = samsa.v1.WriteTxnMarkersResponse.PartitionResult.$Properties;
            }
        }

        /**
         * Properties of a TxnOffsetCommitRequest.
         * @deprecated Use samsa.v1.TxnOffsetCommitRequest.$Properties instead.
         */
        interface ITxnOffsetCommitRequest extends samsa.v1.TxnOffsetCommitRequest.$Properties {
        }

        /** Represents a TxnOffsetCommitRequest. */
        class TxnOffsetCommitRequest {

            /**
             * Constructs a new TxnOffsetCommitRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.TxnOffsetCommitRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TxnOffsetCommitRequest transactionalId. */
            transactionalId: string;

            /** TxnOffsetCommitRequest groupId. */
            groupId: string;

            /** TxnOffsetCommitRequest producerId. */
            producerId: number;

            /** TxnOffsetCommitRequest producerEpoch. */
            producerEpoch: number;

            /** TxnOffsetCommitRequest generationId. */
            generationId: number;

            /** TxnOffsetCommitRequest memberId. */
            memberId: string;

            /** TxnOffsetCommitRequest groupInstanceId. */
            groupInstanceId?: (string|null);

            /** TxnOffsetCommitRequest topics. */
            topics: samsa.v1.TxnOffsetCommitRequest.Topic.$Properties[];

            /**
             * Creates a new TxnOffsetCommitRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TxnOffsetCommitRequest instance
             */
            static create(properties: samsa.v1.TxnOffsetCommitRequest.$Shape): samsa.v1.TxnOffsetCommitRequest & samsa.v1.TxnOffsetCommitRequest.$Shape;
            static create(properties?: samsa.v1.TxnOffsetCommitRequest.$Properties): samsa.v1.TxnOffsetCommitRequest;

            /**
             * Encodes the specified TxnOffsetCommitRequest message. Does not implicitly {@link samsa.v1.TxnOffsetCommitRequest.verify|verify} messages.
             * @param m TxnOffsetCommitRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.TxnOffsetCommitRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TxnOffsetCommitRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.TxnOffsetCommitRequest & samsa.v1.TxnOffsetCommitRequest.$Shape} TxnOffsetCommitRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.TxnOffsetCommitRequest & samsa.v1.TxnOffsetCommitRequest.$Shape;

            /**
             * Creates a TxnOffsetCommitRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns TxnOffsetCommitRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.TxnOffsetCommitRequest;

            /**
             * Creates a plain object from a TxnOffsetCommitRequest message. Also converts values to other types if specified.
             * @param m TxnOffsetCommitRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.TxnOffsetCommitRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TxnOffsetCommitRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TxnOffsetCommitRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TxnOffsetCommitRequest {

            /** Properties of a TxnOffsetCommitRequest. */
            interface $Properties {

                /** TxnOffsetCommitRequest transactionalId */
                transactionalId?: (string|null);

                /** TxnOffsetCommitRequest groupId */
                groupId?: (string|null);

                /** TxnOffsetCommitRequest producerId */
                producerId?: (number|null);

                /** TxnOffsetCommitRequest producerEpoch */
                producerEpoch?: (number|null);

                /** TxnOffsetCommitRequest generationId */
                generationId?: (number|null);

                /** TxnOffsetCommitRequest memberId */
                memberId?: (string|null);

                /** TxnOffsetCommitRequest groupInstanceId */
                groupInstanceId?: (string|null);

                /** TxnOffsetCommitRequest topics */
                topics?: (samsa.v1.TxnOffsetCommitRequest.Topic.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TxnOffsetCommitRequest. */
            type $Shape = samsa.v1.TxnOffsetCommitRequest.$Properties;

            /**
             * Properties of a Topic.
             * @deprecated Use samsa.v1.TxnOffsetCommitRequest.Topic.$Properties instead.
             */
            interface ITopic extends samsa.v1.TxnOffsetCommitRequest.Topic.$Properties {
            }

            /** Represents a Topic. */
            class Topic {

                /**
                 * Constructs a new Topic.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.TxnOffsetCommitRequest.Topic.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Topic name. */
                name: string;

                /** Topic partitions. */
                partitions: samsa.v1.TxnOffsetCommitRequest.Partition.$Properties[];

                /**
                 * Creates a new Topic instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Topic instance
                 */
                static create(properties: samsa.v1.TxnOffsetCommitRequest.Topic.$Shape): samsa.v1.TxnOffsetCommitRequest.Topic & samsa.v1.TxnOffsetCommitRequest.Topic.$Shape;
                static create(properties?: samsa.v1.TxnOffsetCommitRequest.Topic.$Properties): samsa.v1.TxnOffsetCommitRequest.Topic;

                /**
                 * Encodes the specified Topic message. Does not implicitly {@link samsa.v1.TxnOffsetCommitRequest.Topic.verify|verify} messages.
                 * @param m Topic message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.TxnOffsetCommitRequest.Topic.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Topic message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.TxnOffsetCommitRequest.Topic & samsa.v1.TxnOffsetCommitRequest.Topic.$Shape} Topic
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.TxnOffsetCommitRequest.Topic & samsa.v1.TxnOffsetCommitRequest.Topic.$Shape;

                /**
                 * Creates a Topic message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Topic
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.TxnOffsetCommitRequest.Topic;

                /**
                 * Creates a plain object from a Topic message. Also converts values to other types if specified.
                 * @param m Topic
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.TxnOffsetCommitRequest.Topic, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Topic to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Topic
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Topic {

                /** Properties of a Topic. */
                interface $Properties {

                    /** Topic name */
                    name?: (string|null);

                    /** Topic partitions */
                    partitions?: (samsa.v1.TxnOffsetCommitRequest.Partition.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Topic. */
                type $Shape = samsa.v1.TxnOffsetCommitRequest.Topic.$Properties;
            }

            /**
             * Properties of a Partition.
             * @deprecated Use samsa.v1.TxnOffsetCommitRequest.Partition.$Properties instead.
             */
            interface IPartition extends samsa.v1.TxnOffsetCommitRequest.Partition.$Properties {
            }

            /** Represents a Partition. */
            class Partition {

                /**
                 * Constructs a new Partition.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.TxnOffsetCommitRequest.Partition.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Partition partitionIndex. */
                partitionIndex: number;

                /** Partition committedOffset. */
                committedOffset: number;

                /** Partition committedLeaderEpoch. */
                committedLeaderEpoch: number;

                /** Partition committedMetadata. */
                committedMetadata?: (string|null);

                /**
                 * Creates a new Partition instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Partition instance
                 */
                static create(properties: samsa.v1.TxnOffsetCommitRequest.Partition.$Shape): samsa.v1.TxnOffsetCommitRequest.Partition & samsa.v1.TxnOffsetCommitRequest.Partition.$Shape;
                static create(properties?: samsa.v1.TxnOffsetCommitRequest.Partition.$Properties): samsa.v1.TxnOffsetCommitRequest.Partition;

                /**
                 * Encodes the specified Partition message. Does not implicitly {@link samsa.v1.TxnOffsetCommitRequest.Partition.verify|verify} messages.
                 * @param m Partition message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.TxnOffsetCommitRequest.Partition.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Partition message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.TxnOffsetCommitRequest.Partition & samsa.v1.TxnOffsetCommitRequest.Partition.$Shape} Partition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.TxnOffsetCommitRequest.Partition & samsa.v1.TxnOffsetCommitRequest.Partition.$Shape;

                /**
                 * Creates a Partition message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Partition
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.TxnOffsetCommitRequest.Partition;

                /**
                 * Creates a plain object from a Partition message. Also converts values to other types if specified.
                 * @param m Partition
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.TxnOffsetCommitRequest.Partition, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Partition to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Partition
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Partition {

                /** Properties of a Partition. */
                interface $Properties {

                    /** Partition partitionIndex */
                    partitionIndex?: (number|null);

                    /** Partition committedOffset */
                    committedOffset?: (number|null);

                    /** Partition committedLeaderEpoch */
                    committedLeaderEpoch?: (number|null);

                    /** Partition committedMetadata */
                    committedMetadata?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Partition. */
                type $Shape = samsa.v1.TxnOffsetCommitRequest.Partition.$Properties;
            }
        }

        /**
         * Properties of a TxnOffsetCommitResponse.
         * @deprecated Use samsa.v1.TxnOffsetCommitResponse.$Properties instead.
         */
        interface ITxnOffsetCommitResponse extends samsa.v1.TxnOffsetCommitResponse.$Properties {
        }

        /** Represents a TxnOffsetCommitResponse. */
        class TxnOffsetCommitResponse {

            /**
             * Constructs a new TxnOffsetCommitResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.TxnOffsetCommitResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TxnOffsetCommitResponse throttleTimeMs. */
            throttleTimeMs: number;

            /** TxnOffsetCommitResponse topics. */
            topics: samsa.v1.TxnOffsetCommitResponse.TopicResult.$Properties[];

            /**
             * Creates a new TxnOffsetCommitResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TxnOffsetCommitResponse instance
             */
            static create(properties: samsa.v1.TxnOffsetCommitResponse.$Shape): samsa.v1.TxnOffsetCommitResponse & samsa.v1.TxnOffsetCommitResponse.$Shape;
            static create(properties?: samsa.v1.TxnOffsetCommitResponse.$Properties): samsa.v1.TxnOffsetCommitResponse;

            /**
             * Encodes the specified TxnOffsetCommitResponse message. Does not implicitly {@link samsa.v1.TxnOffsetCommitResponse.verify|verify} messages.
             * @param m TxnOffsetCommitResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.TxnOffsetCommitResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TxnOffsetCommitResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.TxnOffsetCommitResponse & samsa.v1.TxnOffsetCommitResponse.$Shape} TxnOffsetCommitResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.TxnOffsetCommitResponse & samsa.v1.TxnOffsetCommitResponse.$Shape;

            /**
             * Creates a TxnOffsetCommitResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns TxnOffsetCommitResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.TxnOffsetCommitResponse;

            /**
             * Creates a plain object from a TxnOffsetCommitResponse message. Also converts values to other types if specified.
             * @param m TxnOffsetCommitResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.TxnOffsetCommitResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TxnOffsetCommitResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TxnOffsetCommitResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TxnOffsetCommitResponse {

            /** Properties of a TxnOffsetCommitResponse. */
            interface $Properties {

                /** TxnOffsetCommitResponse throttleTimeMs */
                throttleTimeMs?: (number|null);

                /** TxnOffsetCommitResponse topics */
                topics?: (samsa.v1.TxnOffsetCommitResponse.TopicResult.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TxnOffsetCommitResponse. */
            type $Shape = samsa.v1.TxnOffsetCommitResponse.$Properties;

            /**
             * Properties of a TopicResult.
             * @deprecated Use samsa.v1.TxnOffsetCommitResponse.TopicResult.$Properties instead.
             */
            interface ITopicResult extends samsa.v1.TxnOffsetCommitResponse.TopicResult.$Properties {
            }

            /** Represents a TopicResult. */
            class TopicResult {

                /**
                 * Constructs a new TopicResult.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.TxnOffsetCommitResponse.TopicResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TopicResult name. */
                name: string;

                /** TopicResult partitions. */
                partitions: samsa.v1.TxnOffsetCommitResponse.PartitionResult.$Properties[];

                /**
                 * Creates a new TopicResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TopicResult instance
                 */
                static create(properties: samsa.v1.TxnOffsetCommitResponse.TopicResult.$Shape): samsa.v1.TxnOffsetCommitResponse.TopicResult & samsa.v1.TxnOffsetCommitResponse.TopicResult.$Shape;
                static create(properties?: samsa.v1.TxnOffsetCommitResponse.TopicResult.$Properties): samsa.v1.TxnOffsetCommitResponse.TopicResult;

                /**
                 * Encodes the specified TopicResult message. Does not implicitly {@link samsa.v1.TxnOffsetCommitResponse.TopicResult.verify|verify} messages.
                 * @param m TopicResult message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.TxnOffsetCommitResponse.TopicResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TopicResult message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.TxnOffsetCommitResponse.TopicResult & samsa.v1.TxnOffsetCommitResponse.TopicResult.$Shape} TopicResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.TxnOffsetCommitResponse.TopicResult & samsa.v1.TxnOffsetCommitResponse.TopicResult.$Shape;

                /**
                 * Creates a TopicResult message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns TopicResult
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.TxnOffsetCommitResponse.TopicResult;

                /**
                 * Creates a plain object from a TopicResult message. Also converts values to other types if specified.
                 * @param m TopicResult
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.TxnOffsetCommitResponse.TopicResult, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TopicResult to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for TopicResult
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TopicResult {

                /** Properties of a TopicResult. */
                interface $Properties {

                    /** TopicResult name */
                    name?: (string|null);

                    /** TopicResult partitions */
                    partitions?: (samsa.v1.TxnOffsetCommitResponse.PartitionResult.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TopicResult. */
                type $Shape = samsa.v1.TxnOffsetCommitResponse.TopicResult.$Properties;
            }

            /**
             * Properties of a PartitionResult.
             * @deprecated Use samsa.v1.TxnOffsetCommitResponse.PartitionResult.$Properties instead.
             */
            interface IPartitionResult extends samsa.v1.TxnOffsetCommitResponse.PartitionResult.$Properties {
            }

            /** Represents a PartitionResult. */
            class PartitionResult {

                /**
                 * Constructs a new PartitionResult.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.TxnOffsetCommitResponse.PartitionResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PartitionResult partitionIndex. */
                partitionIndex: number;

                /** PartitionResult errorCode. */
                errorCode: number;

                /**
                 * Creates a new PartitionResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PartitionResult instance
                 */
                static create(properties: samsa.v1.TxnOffsetCommitResponse.PartitionResult.$Shape): samsa.v1.TxnOffsetCommitResponse.PartitionResult & samsa.v1.TxnOffsetCommitResponse.PartitionResult.$Shape;
                static create(properties?: samsa.v1.TxnOffsetCommitResponse.PartitionResult.$Properties): samsa.v1.TxnOffsetCommitResponse.PartitionResult;

                /**
                 * Encodes the specified PartitionResult message. Does not implicitly {@link samsa.v1.TxnOffsetCommitResponse.PartitionResult.verify|verify} messages.
                 * @param m PartitionResult message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.TxnOffsetCommitResponse.PartitionResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PartitionResult message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.TxnOffsetCommitResponse.PartitionResult & samsa.v1.TxnOffsetCommitResponse.PartitionResult.$Shape} PartitionResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.TxnOffsetCommitResponse.PartitionResult & samsa.v1.TxnOffsetCommitResponse.PartitionResult.$Shape;

                /**
                 * Creates a PartitionResult message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns PartitionResult
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.TxnOffsetCommitResponse.PartitionResult;

                /**
                 * Creates a plain object from a PartitionResult message. Also converts values to other types if specified.
                 * @param m PartitionResult
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.TxnOffsetCommitResponse.PartitionResult, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PartitionResult to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PartitionResult
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PartitionResult {

                /** Properties of a PartitionResult. */
                interface $Properties {

                    /** PartitionResult partitionIndex */
                    partitionIndex?: (number|null);

                    /** PartitionResult errorCode */
                    errorCode?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PartitionResult. */
                type $Shape = samsa.v1.TxnOffsetCommitResponse.PartitionResult.$Properties;
            }
        }

        /**
         * Properties of a DescribeProducersRequest.
         * @deprecated Use samsa.v1.DescribeProducersRequest.$Properties instead.
         */
        interface IDescribeProducersRequest extends samsa.v1.DescribeProducersRequest.$Properties {
        }

        /** Represents a DescribeProducersRequest. */
        class DescribeProducersRequest {

            /**
             * Constructs a new DescribeProducersRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.DescribeProducersRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DescribeProducersRequest topics. */
            topics: samsa.v1.DescribeProducersRequest.Topic.$Properties[];

            /**
             * Creates a new DescribeProducersRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DescribeProducersRequest instance
             */
            static create(properties: samsa.v1.DescribeProducersRequest.$Shape): samsa.v1.DescribeProducersRequest & samsa.v1.DescribeProducersRequest.$Shape;
            static create(properties?: samsa.v1.DescribeProducersRequest.$Properties): samsa.v1.DescribeProducersRequest;

            /**
             * Encodes the specified DescribeProducersRequest message. Does not implicitly {@link samsa.v1.DescribeProducersRequest.verify|verify} messages.
             * @param m DescribeProducersRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.DescribeProducersRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DescribeProducersRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.DescribeProducersRequest & samsa.v1.DescribeProducersRequest.$Shape} DescribeProducersRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DescribeProducersRequest & samsa.v1.DescribeProducersRequest.$Shape;

            /**
             * Creates a DescribeProducersRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DescribeProducersRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.DescribeProducersRequest;

            /**
             * Creates a plain object from a DescribeProducersRequest message. Also converts values to other types if specified.
             * @param m DescribeProducersRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.DescribeProducersRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DescribeProducersRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DescribeProducersRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DescribeProducersRequest {

            /** Properties of a DescribeProducersRequest. */
            interface $Properties {

                /** DescribeProducersRequest topics */
                topics?: (samsa.v1.DescribeProducersRequest.Topic.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DescribeProducersRequest. */
            type $Shape = samsa.v1.DescribeProducersRequest.$Properties;

            /**
             * Properties of a Topic.
             * @deprecated Use samsa.v1.DescribeProducersRequest.Topic.$Properties instead.
             */
            interface ITopic extends samsa.v1.DescribeProducersRequest.Topic.$Properties {
            }

            /** Represents a Topic. */
            class Topic {

                /**
                 * Constructs a new Topic.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.DescribeProducersRequest.Topic.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Topic name. */
                name: string;

                /** Topic partitionIndexes. */
                partitionIndexes: number[];

                /**
                 * Creates a new Topic instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Topic instance
                 */
                static create(properties: samsa.v1.DescribeProducersRequest.Topic.$Shape): samsa.v1.DescribeProducersRequest.Topic & samsa.v1.DescribeProducersRequest.Topic.$Shape;
                static create(properties?: samsa.v1.DescribeProducersRequest.Topic.$Properties): samsa.v1.DescribeProducersRequest.Topic;

                /**
                 * Encodes the specified Topic message. Does not implicitly {@link samsa.v1.DescribeProducersRequest.Topic.verify|verify} messages.
                 * @param m Topic message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.DescribeProducersRequest.Topic.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Topic message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.DescribeProducersRequest.Topic & samsa.v1.DescribeProducersRequest.Topic.$Shape} Topic
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DescribeProducersRequest.Topic & samsa.v1.DescribeProducersRequest.Topic.$Shape;

                /**
                 * Creates a Topic message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Topic
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.DescribeProducersRequest.Topic;

                /**
                 * Creates a plain object from a Topic message. Also converts values to other types if specified.
                 * @param m Topic
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.DescribeProducersRequest.Topic, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Topic to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Topic
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Topic {

                /** Properties of a Topic. */
                interface $Properties {

                    /** Topic name */
                    name?: (string|null);

                    /** Topic partitionIndexes */
                    partitionIndexes?: (number[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Topic. */
                type $Shape = samsa.v1.DescribeProducersRequest.Topic.$Properties;
            }
        }

        /**
         * Properties of a DescribeProducersResponse.
         * @deprecated Use samsa.v1.DescribeProducersResponse.$Properties instead.
         */
        interface IDescribeProducersResponse extends samsa.v1.DescribeProducersResponse.$Properties {
        }

        /** Represents a DescribeProducersResponse. */
        class DescribeProducersResponse {

            /**
             * Constructs a new DescribeProducersResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.DescribeProducersResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DescribeProducersResponse throttleTimeMs. */
            throttleTimeMs: number;

            /** DescribeProducersResponse topics. */
            topics: samsa.v1.DescribeProducersResponse.TopicResponse.$Properties[];

            /**
             * Creates a new DescribeProducersResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DescribeProducersResponse instance
             */
            static create(properties: samsa.v1.DescribeProducersResponse.$Shape): samsa.v1.DescribeProducersResponse & samsa.v1.DescribeProducersResponse.$Shape;
            static create(properties?: samsa.v1.DescribeProducersResponse.$Properties): samsa.v1.DescribeProducersResponse;

            /**
             * Encodes the specified DescribeProducersResponse message. Does not implicitly {@link samsa.v1.DescribeProducersResponse.verify|verify} messages.
             * @param m DescribeProducersResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.DescribeProducersResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DescribeProducersResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.DescribeProducersResponse & samsa.v1.DescribeProducersResponse.$Shape} DescribeProducersResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DescribeProducersResponse & samsa.v1.DescribeProducersResponse.$Shape;

            /**
             * Creates a DescribeProducersResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DescribeProducersResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.DescribeProducersResponse;

            /**
             * Creates a plain object from a DescribeProducersResponse message. Also converts values to other types if specified.
             * @param m DescribeProducersResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.DescribeProducersResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DescribeProducersResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DescribeProducersResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DescribeProducersResponse {

            /** Properties of a DescribeProducersResponse. */
            interface $Properties {

                /** DescribeProducersResponse throttleTimeMs */
                throttleTimeMs?: (number|null);

                /** DescribeProducersResponse topics */
                topics?: (samsa.v1.DescribeProducersResponse.TopicResponse.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DescribeProducersResponse. */
            type $Shape = samsa.v1.DescribeProducersResponse.$Properties;

            /**
             * Properties of a TopicResponse.
             * @deprecated Use samsa.v1.DescribeProducersResponse.TopicResponse.$Properties instead.
             */
            interface ITopicResponse extends samsa.v1.DescribeProducersResponse.TopicResponse.$Properties {
            }

            /** Represents a TopicResponse. */
            class TopicResponse {

                /**
                 * Constructs a new TopicResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.DescribeProducersResponse.TopicResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TopicResponse name. */
                name: string;

                /** TopicResponse partitions. */
                partitions: samsa.v1.DescribeProducersResponse.PartitionResponse.$Properties[];

                /**
                 * Creates a new TopicResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TopicResponse instance
                 */
                static create(properties: samsa.v1.DescribeProducersResponse.TopicResponse.$Shape): samsa.v1.DescribeProducersResponse.TopicResponse & samsa.v1.DescribeProducersResponse.TopicResponse.$Shape;
                static create(properties?: samsa.v1.DescribeProducersResponse.TopicResponse.$Properties): samsa.v1.DescribeProducersResponse.TopicResponse;

                /**
                 * Encodes the specified TopicResponse message. Does not implicitly {@link samsa.v1.DescribeProducersResponse.TopicResponse.verify|verify} messages.
                 * @param m TopicResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.DescribeProducersResponse.TopicResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TopicResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.DescribeProducersResponse.TopicResponse & samsa.v1.DescribeProducersResponse.TopicResponse.$Shape} TopicResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DescribeProducersResponse.TopicResponse & samsa.v1.DescribeProducersResponse.TopicResponse.$Shape;

                /**
                 * Creates a TopicResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns TopicResponse
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.DescribeProducersResponse.TopicResponse;

                /**
                 * Creates a plain object from a TopicResponse message. Also converts values to other types if specified.
                 * @param m TopicResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.DescribeProducersResponse.TopicResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TopicResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for TopicResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TopicResponse {

                /** Properties of a TopicResponse. */
                interface $Properties {

                    /** TopicResponse name */
                    name?: (string|null);

                    /** TopicResponse partitions */
                    partitions?: (samsa.v1.DescribeProducersResponse.PartitionResponse.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TopicResponse. */
                type $Shape = samsa.v1.DescribeProducersResponse.TopicResponse.$Properties;
            }

            /**
             * Properties of a PartitionResponse.
             * @deprecated Use samsa.v1.DescribeProducersResponse.PartitionResponse.$Properties instead.
             */
            interface IPartitionResponse extends samsa.v1.DescribeProducersResponse.PartitionResponse.$Properties {
            }

            /** Represents a PartitionResponse. */
            class PartitionResponse {

                /**
                 * Constructs a new PartitionResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.DescribeProducersResponse.PartitionResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PartitionResponse partitionIndex. */
                partitionIndex: number;

                /** PartitionResponse errorCode. */
                errorCode: number;

                /** PartitionResponse errorMessage. */
                errorMessage: string;

                /** PartitionResponse activeProducers. */
                activeProducers: samsa.v1.DescribeProducersResponse.ProducerState.$Properties[];

                /**
                 * Creates a new PartitionResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PartitionResponse instance
                 */
                static create(properties: samsa.v1.DescribeProducersResponse.PartitionResponse.$Shape): samsa.v1.DescribeProducersResponse.PartitionResponse & samsa.v1.DescribeProducersResponse.PartitionResponse.$Shape;
                static create(properties?: samsa.v1.DescribeProducersResponse.PartitionResponse.$Properties): samsa.v1.DescribeProducersResponse.PartitionResponse;

                /**
                 * Encodes the specified PartitionResponse message. Does not implicitly {@link samsa.v1.DescribeProducersResponse.PartitionResponse.verify|verify} messages.
                 * @param m PartitionResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.DescribeProducersResponse.PartitionResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PartitionResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.DescribeProducersResponse.PartitionResponse & samsa.v1.DescribeProducersResponse.PartitionResponse.$Shape} PartitionResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DescribeProducersResponse.PartitionResponse & samsa.v1.DescribeProducersResponse.PartitionResponse.$Shape;

                /**
                 * Creates a PartitionResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns PartitionResponse
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.DescribeProducersResponse.PartitionResponse;

                /**
                 * Creates a plain object from a PartitionResponse message. Also converts values to other types if specified.
                 * @param m PartitionResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.DescribeProducersResponse.PartitionResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PartitionResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PartitionResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PartitionResponse {

                /** Properties of a PartitionResponse. */
                interface $Properties {

                    /** PartitionResponse partitionIndex */
                    partitionIndex?: (number|null);

                    /** PartitionResponse errorCode */
                    errorCode?: (number|null);

                    /** PartitionResponse errorMessage */
                    errorMessage?: (string|null);

                    /** PartitionResponse activeProducers */
                    activeProducers?: (samsa.v1.DescribeProducersResponse.ProducerState.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PartitionResponse. */
                type $Shape = samsa.v1.DescribeProducersResponse.PartitionResponse.$Properties;
            }

            /**
             * Properties of a ProducerState.
             * @deprecated Use samsa.v1.DescribeProducersResponse.ProducerState.$Properties instead.
             */
            interface IProducerState extends samsa.v1.DescribeProducersResponse.ProducerState.$Properties {
            }

            /** Represents a ProducerState. */
            class ProducerState {

                /**
                 * Constructs a new ProducerState.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.DescribeProducersResponse.ProducerState.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ProducerState producerId. */
                producerId: number;

                /** ProducerState producerEpoch. */
                producerEpoch: number;

                /** ProducerState lastSequence. */
                lastSequence: number;

                /** ProducerState lastTimestamp. */
                lastTimestamp: number;

                /** ProducerState coordinatorEpoch. */
                coordinatorEpoch: number;

                /** ProducerState currentTxnStartOffset. */
                currentTxnStartOffset: number;

                /**
                 * Creates a new ProducerState instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ProducerState instance
                 */
                static create(properties: samsa.v1.DescribeProducersResponse.ProducerState.$Shape): samsa.v1.DescribeProducersResponse.ProducerState & samsa.v1.DescribeProducersResponse.ProducerState.$Shape;
                static create(properties?: samsa.v1.DescribeProducersResponse.ProducerState.$Properties): samsa.v1.DescribeProducersResponse.ProducerState;

                /**
                 * Encodes the specified ProducerState message. Does not implicitly {@link samsa.v1.DescribeProducersResponse.ProducerState.verify|verify} messages.
                 * @param m ProducerState message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.DescribeProducersResponse.ProducerState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProducerState message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.DescribeProducersResponse.ProducerState & samsa.v1.DescribeProducersResponse.ProducerState.$Shape} ProducerState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DescribeProducersResponse.ProducerState & samsa.v1.DescribeProducersResponse.ProducerState.$Shape;

                /**
                 * Creates a ProducerState message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns ProducerState
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.DescribeProducersResponse.ProducerState;

                /**
                 * Creates a plain object from a ProducerState message. Also converts values to other types if specified.
                 * @param m ProducerState
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.DescribeProducersResponse.ProducerState, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ProducerState to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ProducerState
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ProducerState {

                /** Properties of a ProducerState. */
                interface $Properties {

                    /** ProducerState producerId */
                    producerId?: (number|null);

                    /** ProducerState producerEpoch */
                    producerEpoch?: (number|null);

                    /** ProducerState lastSequence */
                    lastSequence?: (number|null);

                    /** ProducerState lastTimestamp */
                    lastTimestamp?: (number|null);

                    /** ProducerState coordinatorEpoch */
                    coordinatorEpoch?: (number|null);

                    /** ProducerState currentTxnStartOffset */
                    currentTxnStartOffset?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProducerState. */
                type $Shape = samsa.v1.DescribeProducersResponse.ProducerState.$Properties;
            }
        }

        /**
         * Properties of a DescribeTransactionsRequest.
         * @deprecated Use samsa.v1.DescribeTransactionsRequest.$Properties instead.
         */
        interface IDescribeTransactionsRequest extends samsa.v1.DescribeTransactionsRequest.$Properties {
        }

        /** Represents a DescribeTransactionsRequest. */
        class DescribeTransactionsRequest {

            /**
             * Constructs a new DescribeTransactionsRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.DescribeTransactionsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DescribeTransactionsRequest transactionalIds. */
            transactionalIds: string[];

            /**
             * Creates a new DescribeTransactionsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DescribeTransactionsRequest instance
             */
            static create(properties: samsa.v1.DescribeTransactionsRequest.$Shape): samsa.v1.DescribeTransactionsRequest & samsa.v1.DescribeTransactionsRequest.$Shape;
            static create(properties?: samsa.v1.DescribeTransactionsRequest.$Properties): samsa.v1.DescribeTransactionsRequest;

            /**
             * Encodes the specified DescribeTransactionsRequest message. Does not implicitly {@link samsa.v1.DescribeTransactionsRequest.verify|verify} messages.
             * @param m DescribeTransactionsRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.DescribeTransactionsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DescribeTransactionsRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.DescribeTransactionsRequest & samsa.v1.DescribeTransactionsRequest.$Shape} DescribeTransactionsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DescribeTransactionsRequest & samsa.v1.DescribeTransactionsRequest.$Shape;

            /**
             * Creates a DescribeTransactionsRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DescribeTransactionsRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.DescribeTransactionsRequest;

            /**
             * Creates a plain object from a DescribeTransactionsRequest message. Also converts values to other types if specified.
             * @param m DescribeTransactionsRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.DescribeTransactionsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DescribeTransactionsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DescribeTransactionsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DescribeTransactionsRequest {

            /** Properties of a DescribeTransactionsRequest. */
            interface $Properties {

                /** DescribeTransactionsRequest transactionalIds */
                transactionalIds?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DescribeTransactionsRequest. */
            type $Shape = samsa.v1.DescribeTransactionsRequest.$Properties;
        }

        /**
         * Properties of a DescribeTransactionsResponse.
         * @deprecated Use samsa.v1.DescribeTransactionsResponse.$Properties instead.
         */
        interface IDescribeTransactionsResponse extends samsa.v1.DescribeTransactionsResponse.$Properties {
        }

        /** Represents a DescribeTransactionsResponse. */
        class DescribeTransactionsResponse {

            /**
             * Constructs a new DescribeTransactionsResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.DescribeTransactionsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DescribeTransactionsResponse throttleTimeMs. */
            throttleTimeMs: number;

            /** DescribeTransactionsResponse transactionStates. */
            transactionStates: samsa.v1.DescribeTransactionsResponse.TransactionState.$Properties[];

            /**
             * Creates a new DescribeTransactionsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DescribeTransactionsResponse instance
             */
            static create(properties: samsa.v1.DescribeTransactionsResponse.$Shape): samsa.v1.DescribeTransactionsResponse & samsa.v1.DescribeTransactionsResponse.$Shape;
            static create(properties?: samsa.v1.DescribeTransactionsResponse.$Properties): samsa.v1.DescribeTransactionsResponse;

            /**
             * Encodes the specified DescribeTransactionsResponse message. Does not implicitly {@link samsa.v1.DescribeTransactionsResponse.verify|verify} messages.
             * @param m DescribeTransactionsResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.DescribeTransactionsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DescribeTransactionsResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.DescribeTransactionsResponse & samsa.v1.DescribeTransactionsResponse.$Shape} DescribeTransactionsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DescribeTransactionsResponse & samsa.v1.DescribeTransactionsResponse.$Shape;

            /**
             * Creates a DescribeTransactionsResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DescribeTransactionsResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.DescribeTransactionsResponse;

            /**
             * Creates a plain object from a DescribeTransactionsResponse message. Also converts values to other types if specified.
             * @param m DescribeTransactionsResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.DescribeTransactionsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DescribeTransactionsResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DescribeTransactionsResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DescribeTransactionsResponse {

            /** Properties of a DescribeTransactionsResponse. */
            interface $Properties {

                /** DescribeTransactionsResponse throttleTimeMs */
                throttleTimeMs?: (number|null);

                /** DescribeTransactionsResponse transactionStates */
                transactionStates?: (samsa.v1.DescribeTransactionsResponse.TransactionState.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DescribeTransactionsResponse. */
            type $Shape = samsa.v1.DescribeTransactionsResponse.$Properties;

            /**
             * Properties of a TransactionState.
             * @deprecated Use samsa.v1.DescribeTransactionsResponse.TransactionState.$Properties instead.
             */
            interface ITransactionState extends samsa.v1.DescribeTransactionsResponse.TransactionState.$Properties {
            }

            /** Represents a TransactionState. */
            class TransactionState {

                /**
                 * Constructs a new TransactionState.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.DescribeTransactionsResponse.TransactionState.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TransactionState errorCode. */
                errorCode: number;

                /** TransactionState transactionalId. */
                transactionalId: string;

                /** TransactionState transactionState. */
                transactionState: string;

                /** TransactionState transactionTimeoutMs. */
                transactionTimeoutMs: number;

                /** TransactionState transactionStartTimeMs. */
                transactionStartTimeMs: number;

                /** TransactionState producerId. */
                producerId: number;

                /** TransactionState producerEpoch. */
                producerEpoch: number;

                /** TransactionState topics. */
                topics: samsa.v1.DescribeTransactionsResponse.Topic.$Properties[];

                /**
                 * Creates a new TransactionState instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TransactionState instance
                 */
                static create(properties: samsa.v1.DescribeTransactionsResponse.TransactionState.$Shape): samsa.v1.DescribeTransactionsResponse.TransactionState & samsa.v1.DescribeTransactionsResponse.TransactionState.$Shape;
                static create(properties?: samsa.v1.DescribeTransactionsResponse.TransactionState.$Properties): samsa.v1.DescribeTransactionsResponse.TransactionState;

                /**
                 * Encodes the specified TransactionState message. Does not implicitly {@link samsa.v1.DescribeTransactionsResponse.TransactionState.verify|verify} messages.
                 * @param m TransactionState message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.DescribeTransactionsResponse.TransactionState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TransactionState message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.DescribeTransactionsResponse.TransactionState & samsa.v1.DescribeTransactionsResponse.TransactionState.$Shape} TransactionState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DescribeTransactionsResponse.TransactionState & samsa.v1.DescribeTransactionsResponse.TransactionState.$Shape;

                /**
                 * Creates a TransactionState message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns TransactionState
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.DescribeTransactionsResponse.TransactionState;

                /**
                 * Creates a plain object from a TransactionState message. Also converts values to other types if specified.
                 * @param m TransactionState
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.DescribeTransactionsResponse.TransactionState, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TransactionState to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for TransactionState
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TransactionState {

                /** Properties of a TransactionState. */
                interface $Properties {

                    /** TransactionState errorCode */
                    errorCode?: (number|null);

                    /** TransactionState transactionalId */
                    transactionalId?: (string|null);

                    /** TransactionState transactionState */
                    transactionState?: (string|null);

                    /** TransactionState transactionTimeoutMs */
                    transactionTimeoutMs?: (number|null);

                    /** TransactionState transactionStartTimeMs */
                    transactionStartTimeMs?: (number|null);

                    /** TransactionState producerId */
                    producerId?: (number|null);

                    /** TransactionState producerEpoch */
                    producerEpoch?: (number|null);

                    /** TransactionState topics */
                    topics?: (samsa.v1.DescribeTransactionsResponse.Topic.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TransactionState. */
                type $Shape = samsa.v1.DescribeTransactionsResponse.TransactionState.$Properties;
            }

            /**
             * Properties of a Topic.
             * @deprecated Use samsa.v1.DescribeTransactionsResponse.Topic.$Properties instead.
             */
            interface ITopic extends samsa.v1.DescribeTransactionsResponse.Topic.$Properties {
            }

            /** Represents a Topic. */
            class Topic {

                /**
                 * Constructs a new Topic.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.DescribeTransactionsResponse.Topic.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Topic topic. */
                topic: string;

                /** Topic partitions. */
                partitions: number[];

                /**
                 * Creates a new Topic instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Topic instance
                 */
                static create(properties: samsa.v1.DescribeTransactionsResponse.Topic.$Shape): samsa.v1.DescribeTransactionsResponse.Topic & samsa.v1.DescribeTransactionsResponse.Topic.$Shape;
                static create(properties?: samsa.v1.DescribeTransactionsResponse.Topic.$Properties): samsa.v1.DescribeTransactionsResponse.Topic;

                /**
                 * Encodes the specified Topic message. Does not implicitly {@link samsa.v1.DescribeTransactionsResponse.Topic.verify|verify} messages.
                 * @param m Topic message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.DescribeTransactionsResponse.Topic.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Topic message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.DescribeTransactionsResponse.Topic & samsa.v1.DescribeTransactionsResponse.Topic.$Shape} Topic
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DescribeTransactionsResponse.Topic & samsa.v1.DescribeTransactionsResponse.Topic.$Shape;

                /**
                 * Creates a Topic message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Topic
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.DescribeTransactionsResponse.Topic;

                /**
                 * Creates a plain object from a Topic message. Also converts values to other types if specified.
                 * @param m Topic
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.DescribeTransactionsResponse.Topic, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Topic to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Topic
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Topic {

                /** Properties of a Topic. */
                interface $Properties {

                    /** Topic topic */
                    topic?: (string|null);

                    /** Topic partitions */
                    partitions?: (number[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Topic. */
                type $Shape = samsa.v1.DescribeTransactionsResponse.Topic.$Properties;
            }
        }

        /**
         * Properties of a ListTransactionsRequest.
         * @deprecated Use samsa.v1.ListTransactionsRequest.$Properties instead.
         */
        interface IListTransactionsRequest extends samsa.v1.ListTransactionsRequest.$Properties {
        }

        /** Represents a ListTransactionsRequest. */
        class ListTransactionsRequest {

            /**
             * Constructs a new ListTransactionsRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.ListTransactionsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListTransactionsRequest stateFilters. */
            stateFilters: string[];

            /** ListTransactionsRequest producerIdFilters. */
            producerIdFilters: number[];

            /**
             * Creates a new ListTransactionsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListTransactionsRequest instance
             */
            static create(properties: samsa.v1.ListTransactionsRequest.$Shape): samsa.v1.ListTransactionsRequest & samsa.v1.ListTransactionsRequest.$Shape;
            static create(properties?: samsa.v1.ListTransactionsRequest.$Properties): samsa.v1.ListTransactionsRequest;

            /**
             * Encodes the specified ListTransactionsRequest message. Does not implicitly {@link samsa.v1.ListTransactionsRequest.verify|verify} messages.
             * @param m ListTransactionsRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.ListTransactionsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListTransactionsRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.ListTransactionsRequest & samsa.v1.ListTransactionsRequest.$Shape} ListTransactionsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.ListTransactionsRequest & samsa.v1.ListTransactionsRequest.$Shape;

            /**
             * Creates a ListTransactionsRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ListTransactionsRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.ListTransactionsRequest;

            /**
             * Creates a plain object from a ListTransactionsRequest message. Also converts values to other types if specified.
             * @param m ListTransactionsRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.ListTransactionsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListTransactionsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListTransactionsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListTransactionsRequest {

            /** Properties of a ListTransactionsRequest. */
            interface $Properties {

                /** ListTransactionsRequest stateFilters */
                stateFilters?: (string[]|null);

                /** ListTransactionsRequest producerIdFilters */
                producerIdFilters?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListTransactionsRequest. */
            type $Shape = samsa.v1.ListTransactionsRequest.$Properties;
        }

        /**
         * Properties of a ListTransactionsResponse.
         * @deprecated Use samsa.v1.ListTransactionsResponse.$Properties instead.
         */
        interface IListTransactionsResponse extends samsa.v1.ListTransactionsResponse.$Properties {
        }

        /** Represents a ListTransactionsResponse. */
        class ListTransactionsResponse {

            /**
             * Constructs a new ListTransactionsResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.ListTransactionsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListTransactionsResponse throttleTimeMs. */
            throttleTimeMs: number;

            /** ListTransactionsResponse errorCode. */
            errorCode: number;

            /** ListTransactionsResponse unknownStateFilters. */
            unknownStateFilters: string[];

            /** ListTransactionsResponse transactionStates. */
            transactionStates: samsa.v1.ListTransactionsResponse.TransactionState.$Properties[];

            /**
             * Creates a new ListTransactionsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListTransactionsResponse instance
             */
            static create(properties: samsa.v1.ListTransactionsResponse.$Shape): samsa.v1.ListTransactionsResponse & samsa.v1.ListTransactionsResponse.$Shape;
            static create(properties?: samsa.v1.ListTransactionsResponse.$Properties): samsa.v1.ListTransactionsResponse;

            /**
             * Encodes the specified ListTransactionsResponse message. Does not implicitly {@link samsa.v1.ListTransactionsResponse.verify|verify} messages.
             * @param m ListTransactionsResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.ListTransactionsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListTransactionsResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.ListTransactionsResponse & samsa.v1.ListTransactionsResponse.$Shape} ListTransactionsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.ListTransactionsResponse & samsa.v1.ListTransactionsResponse.$Shape;

            /**
             * Creates a ListTransactionsResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ListTransactionsResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.ListTransactionsResponse;

            /**
             * Creates a plain object from a ListTransactionsResponse message. Also converts values to other types if specified.
             * @param m ListTransactionsResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.ListTransactionsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListTransactionsResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListTransactionsResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListTransactionsResponse {

            /** Properties of a ListTransactionsResponse. */
            interface $Properties {

                /** ListTransactionsResponse throttleTimeMs */
                throttleTimeMs?: (number|null);

                /** ListTransactionsResponse errorCode */
                errorCode?: (number|null);

                /** ListTransactionsResponse unknownStateFilters */
                unknownStateFilters?: (string[]|null);

                /** ListTransactionsResponse transactionStates */
                transactionStates?: (samsa.v1.ListTransactionsResponse.TransactionState.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListTransactionsResponse. */
            type $Shape = samsa.v1.ListTransactionsResponse.$Properties;

            /**
             * Properties of a TransactionState.
             * @deprecated Use samsa.v1.ListTransactionsResponse.TransactionState.$Properties instead.
             */
            interface ITransactionState extends samsa.v1.ListTransactionsResponse.TransactionState.$Properties {
            }

            /** Represents a TransactionState. */
            class TransactionState {

                /**
                 * Constructs a new TransactionState.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.ListTransactionsResponse.TransactionState.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TransactionState transactionalId. */
                transactionalId: string;

                /** TransactionState producerId. */
                producerId: number;

                /** TransactionState transactionState. */
                transactionState: string;

                /**
                 * Creates a new TransactionState instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TransactionState instance
                 */
                static create(properties: samsa.v1.ListTransactionsResponse.TransactionState.$Shape): samsa.v1.ListTransactionsResponse.TransactionState & samsa.v1.ListTransactionsResponse.TransactionState.$Shape;
                static create(properties?: samsa.v1.ListTransactionsResponse.TransactionState.$Properties): samsa.v1.ListTransactionsResponse.TransactionState;

                /**
                 * Encodes the specified TransactionState message. Does not implicitly {@link samsa.v1.ListTransactionsResponse.TransactionState.verify|verify} messages.
                 * @param m TransactionState message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.ListTransactionsResponse.TransactionState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TransactionState message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.ListTransactionsResponse.TransactionState & samsa.v1.ListTransactionsResponse.TransactionState.$Shape} TransactionState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.ListTransactionsResponse.TransactionState & samsa.v1.ListTransactionsResponse.TransactionState.$Shape;

                /**
                 * Creates a TransactionState message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns TransactionState
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.ListTransactionsResponse.TransactionState;

                /**
                 * Creates a plain object from a TransactionState message. Also converts values to other types if specified.
                 * @param m TransactionState
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.ListTransactionsResponse.TransactionState, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TransactionState to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for TransactionState
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TransactionState {

                /** Properties of a TransactionState. */
                interface $Properties {

                    /** TransactionState transactionalId */
                    transactionalId?: (string|null);

                    /** TransactionState producerId */
                    producerId?: (number|null);

                    /** TransactionState transactionState */
                    transactionState?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TransactionState. */
                type $Shape = samsa.v1.ListTransactionsResponse.TransactionState.$Properties;
            }
        }

        /**
         * Properties of a DescribeUserScramCredentialsRequest.
         * @deprecated Use samsa.v1.DescribeUserScramCredentialsRequest.$Properties instead.
         */
        interface IDescribeUserScramCredentialsRequest extends samsa.v1.DescribeUserScramCredentialsRequest.$Properties {
        }

        /** Represents a DescribeUserScramCredentialsRequest. */
        class DescribeUserScramCredentialsRequest {

            /**
             * Constructs a new DescribeUserScramCredentialsRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.DescribeUserScramCredentialsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DescribeUserScramCredentialsRequest users. */
            users: string[];

            /**
             * Creates a new DescribeUserScramCredentialsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DescribeUserScramCredentialsRequest instance
             */
            static create(properties: samsa.v1.DescribeUserScramCredentialsRequest.$Shape): samsa.v1.DescribeUserScramCredentialsRequest & samsa.v1.DescribeUserScramCredentialsRequest.$Shape;
            static create(properties?: samsa.v1.DescribeUserScramCredentialsRequest.$Properties): samsa.v1.DescribeUserScramCredentialsRequest;

            /**
             * Encodes the specified DescribeUserScramCredentialsRequest message. Does not implicitly {@link samsa.v1.DescribeUserScramCredentialsRequest.verify|verify} messages.
             * @param m DescribeUserScramCredentialsRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.DescribeUserScramCredentialsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DescribeUserScramCredentialsRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.DescribeUserScramCredentialsRequest & samsa.v1.DescribeUserScramCredentialsRequest.$Shape} DescribeUserScramCredentialsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DescribeUserScramCredentialsRequest & samsa.v1.DescribeUserScramCredentialsRequest.$Shape;

            /**
             * Creates a DescribeUserScramCredentialsRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DescribeUserScramCredentialsRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.DescribeUserScramCredentialsRequest;

            /**
             * Creates a plain object from a DescribeUserScramCredentialsRequest message. Also converts values to other types if specified.
             * @param m DescribeUserScramCredentialsRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.DescribeUserScramCredentialsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DescribeUserScramCredentialsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DescribeUserScramCredentialsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DescribeUserScramCredentialsRequest {

            /** Properties of a DescribeUserScramCredentialsRequest. */
            interface $Properties {

                /** DescribeUserScramCredentialsRequest users */
                users?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DescribeUserScramCredentialsRequest. */
            type $Shape = samsa.v1.DescribeUserScramCredentialsRequest.$Properties;
        }

        /**
         * Properties of a DescribeUserScramCredentialsResponse.
         * @deprecated Use samsa.v1.DescribeUserScramCredentialsResponse.$Properties instead.
         */
        interface IDescribeUserScramCredentialsResponse extends samsa.v1.DescribeUserScramCredentialsResponse.$Properties {
        }

        /** Represents a DescribeUserScramCredentialsResponse. */
        class DescribeUserScramCredentialsResponse {

            /**
             * Constructs a new DescribeUserScramCredentialsResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.DescribeUserScramCredentialsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DescribeUserScramCredentialsResponse throttleTimeMs. */
            throttleTimeMs: number;

            /** DescribeUserScramCredentialsResponse errorCode. */
            errorCode: number;

            /** DescribeUserScramCredentialsResponse errorMessage. */
            errorMessage: string;

            /** DescribeUserScramCredentialsResponse results. */
            results: samsa.v1.DescribeUserScramCredentialsResponse.Result.$Properties[];

            /**
             * Creates a new DescribeUserScramCredentialsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DescribeUserScramCredentialsResponse instance
             */
            static create(properties: samsa.v1.DescribeUserScramCredentialsResponse.$Shape): samsa.v1.DescribeUserScramCredentialsResponse & samsa.v1.DescribeUserScramCredentialsResponse.$Shape;
            static create(properties?: samsa.v1.DescribeUserScramCredentialsResponse.$Properties): samsa.v1.DescribeUserScramCredentialsResponse;

            /**
             * Encodes the specified DescribeUserScramCredentialsResponse message. Does not implicitly {@link samsa.v1.DescribeUserScramCredentialsResponse.verify|verify} messages.
             * @param m DescribeUserScramCredentialsResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.DescribeUserScramCredentialsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DescribeUserScramCredentialsResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.DescribeUserScramCredentialsResponse & samsa.v1.DescribeUserScramCredentialsResponse.$Shape} DescribeUserScramCredentialsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DescribeUserScramCredentialsResponse & samsa.v1.DescribeUserScramCredentialsResponse.$Shape;

            /**
             * Creates a DescribeUserScramCredentialsResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DescribeUserScramCredentialsResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.DescribeUserScramCredentialsResponse;

            /**
             * Creates a plain object from a DescribeUserScramCredentialsResponse message. Also converts values to other types if specified.
             * @param m DescribeUserScramCredentialsResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.DescribeUserScramCredentialsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DescribeUserScramCredentialsResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DescribeUserScramCredentialsResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DescribeUserScramCredentialsResponse {

            /** Properties of a DescribeUserScramCredentialsResponse. */
            interface $Properties {

                /** DescribeUserScramCredentialsResponse throttleTimeMs */
                throttleTimeMs?: (number|null);

                /** DescribeUserScramCredentialsResponse errorCode */
                errorCode?: (number|null);

                /** DescribeUserScramCredentialsResponse errorMessage */
                errorMessage?: (string|null);

                /** DescribeUserScramCredentialsResponse results */
                results?: (samsa.v1.DescribeUserScramCredentialsResponse.Result.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DescribeUserScramCredentialsResponse. */
            type $Shape = samsa.v1.DescribeUserScramCredentialsResponse.$Properties;

            /**
             * Properties of a Result.
             * @deprecated Use samsa.v1.DescribeUserScramCredentialsResponse.Result.$Properties instead.
             */
            interface IResult extends samsa.v1.DescribeUserScramCredentialsResponse.Result.$Properties {
            }

            /** Represents a Result. */
            class Result {

                /**
                 * Constructs a new Result.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.DescribeUserScramCredentialsResponse.Result.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Result user. */
                user: string;

                /** Result errorCode. */
                errorCode: number;

                /** Result errorMessage. */
                errorMessage: string;

                /** Result credentialInfos. */
                credentialInfos: samsa.v1.DescribeUserScramCredentialsResponse.CredentialInfo.$Properties[];

                /**
                 * Creates a new Result instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Result instance
                 */
                static create(properties: samsa.v1.DescribeUserScramCredentialsResponse.Result.$Shape): samsa.v1.DescribeUserScramCredentialsResponse.Result & samsa.v1.DescribeUserScramCredentialsResponse.Result.$Shape;
                static create(properties?: samsa.v1.DescribeUserScramCredentialsResponse.Result.$Properties): samsa.v1.DescribeUserScramCredentialsResponse.Result;

                /**
                 * Encodes the specified Result message. Does not implicitly {@link samsa.v1.DescribeUserScramCredentialsResponse.Result.verify|verify} messages.
                 * @param m Result message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.DescribeUserScramCredentialsResponse.Result.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Result message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.DescribeUserScramCredentialsResponse.Result & samsa.v1.DescribeUserScramCredentialsResponse.Result.$Shape} Result
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DescribeUserScramCredentialsResponse.Result & samsa.v1.DescribeUserScramCredentialsResponse.Result.$Shape;

                /**
                 * Creates a Result message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Result
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.DescribeUserScramCredentialsResponse.Result;

                /**
                 * Creates a plain object from a Result message. Also converts values to other types if specified.
                 * @param m Result
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.DescribeUserScramCredentialsResponse.Result, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Result to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Result
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Result {

                /** Properties of a Result. */
                interface $Properties {

                    /** Result user */
                    user?: (string|null);

                    /** Result errorCode */
                    errorCode?: (number|null);

                    /** Result errorMessage */
                    errorMessage?: (string|null);

                    /** Result credentialInfos */
                    credentialInfos?: (samsa.v1.DescribeUserScramCredentialsResponse.CredentialInfo.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Result. */
                type $Shape = samsa.v1.DescribeUserScramCredentialsResponse.Result.$Properties;
            }

            /**
             * Properties of a CredentialInfo.
             * @deprecated Use samsa.v1.DescribeUserScramCredentialsResponse.CredentialInfo.$Properties instead.
             */
            interface ICredentialInfo extends samsa.v1.DescribeUserScramCredentialsResponse.CredentialInfo.$Properties {
            }

            /** Represents a CredentialInfo. */
            class CredentialInfo {

                /**
                 * Constructs a new CredentialInfo.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.DescribeUserScramCredentialsResponse.CredentialInfo.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CredentialInfo mechanism. */
                mechanism: number;

                /** CredentialInfo iterations. */
                iterations: number;

                /**
                 * Creates a new CredentialInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CredentialInfo instance
                 */
                static create(properties: samsa.v1.DescribeUserScramCredentialsResponse.CredentialInfo.$Shape): samsa.v1.DescribeUserScramCredentialsResponse.CredentialInfo & samsa.v1.DescribeUserScramCredentialsResponse.CredentialInfo.$Shape;
                static create(properties?: samsa.v1.DescribeUserScramCredentialsResponse.CredentialInfo.$Properties): samsa.v1.DescribeUserScramCredentialsResponse.CredentialInfo;

                /**
                 * Encodes the specified CredentialInfo message. Does not implicitly {@link samsa.v1.DescribeUserScramCredentialsResponse.CredentialInfo.verify|verify} messages.
                 * @param m CredentialInfo message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.DescribeUserScramCredentialsResponse.CredentialInfo.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CredentialInfo message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.DescribeUserScramCredentialsResponse.CredentialInfo & samsa.v1.DescribeUserScramCredentialsResponse.CredentialInfo.$Shape} CredentialInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DescribeUserScramCredentialsResponse.CredentialInfo & samsa.v1.DescribeUserScramCredentialsResponse.CredentialInfo.$Shape;

                /**
                 * Creates a CredentialInfo message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns CredentialInfo
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.DescribeUserScramCredentialsResponse.CredentialInfo;

                /**
                 * Creates a plain object from a CredentialInfo message. Also converts values to other types if specified.
                 * @param m CredentialInfo
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.DescribeUserScramCredentialsResponse.CredentialInfo, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CredentialInfo to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CredentialInfo
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CredentialInfo {

                /** Properties of a CredentialInfo. */
                interface $Properties {

                    /** CredentialInfo mechanism */
                    mechanism?: (number|null);

                    /** CredentialInfo iterations */
                    iterations?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CredentialInfo. */
                type $Shape = samsa.v1.DescribeUserScramCredentialsResponse.CredentialInfo.$Properties;
            }
        }

        /**
         * Properties of an AlterUserScramCredentialsRequest.
         * @deprecated Use samsa.v1.AlterUserScramCredentialsRequest.$Properties instead.
         */
        interface IAlterUserScramCredentialsRequest extends samsa.v1.AlterUserScramCredentialsRequest.$Properties {
        }

        /** Represents an AlterUserScramCredentialsRequest. */
        class AlterUserScramCredentialsRequest {

            /**
             * Constructs a new AlterUserScramCredentialsRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.AlterUserScramCredentialsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AlterUserScramCredentialsRequest deletions. */
            deletions: samsa.v1.AlterUserScramCredentialsRequest.Deletion.$Properties[];

            /** AlterUserScramCredentialsRequest upsertions. */
            upsertions: samsa.v1.AlterUserScramCredentialsRequest.Upsertion.$Properties[];

            /**
             * Creates a new AlterUserScramCredentialsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AlterUserScramCredentialsRequest instance
             */
            static create(properties: samsa.v1.AlterUserScramCredentialsRequest.$Shape): samsa.v1.AlterUserScramCredentialsRequest & samsa.v1.AlterUserScramCredentialsRequest.$Shape;
            static create(properties?: samsa.v1.AlterUserScramCredentialsRequest.$Properties): samsa.v1.AlterUserScramCredentialsRequest;

            /**
             * Encodes the specified AlterUserScramCredentialsRequest message. Does not implicitly {@link samsa.v1.AlterUserScramCredentialsRequest.verify|verify} messages.
             * @param m AlterUserScramCredentialsRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.AlterUserScramCredentialsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AlterUserScramCredentialsRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.AlterUserScramCredentialsRequest & samsa.v1.AlterUserScramCredentialsRequest.$Shape} AlterUserScramCredentialsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.AlterUserScramCredentialsRequest & samsa.v1.AlterUserScramCredentialsRequest.$Shape;

            /**
             * Creates an AlterUserScramCredentialsRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns AlterUserScramCredentialsRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.AlterUserScramCredentialsRequest;

            /**
             * Creates a plain object from an AlterUserScramCredentialsRequest message. Also converts values to other types if specified.
             * @param m AlterUserScramCredentialsRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.AlterUserScramCredentialsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AlterUserScramCredentialsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AlterUserScramCredentialsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AlterUserScramCredentialsRequest {

            /** Properties of an AlterUserScramCredentialsRequest. */
            interface $Properties {

                /** AlterUserScramCredentialsRequest deletions */
                deletions?: (samsa.v1.AlterUserScramCredentialsRequest.Deletion.$Properties[]|null);

                /** AlterUserScramCredentialsRequest upsertions */
                upsertions?: (samsa.v1.AlterUserScramCredentialsRequest.Upsertion.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AlterUserScramCredentialsRequest. */
            type $Shape = samsa.v1.AlterUserScramCredentialsRequest.$Properties;

            /**
             * Properties of a Deletion.
             * @deprecated Use samsa.v1.AlterUserScramCredentialsRequest.Deletion.$Properties instead.
             */
            interface IDeletion extends samsa.v1.AlterUserScramCredentialsRequest.Deletion.$Properties {
            }

            /** Represents a Deletion. */
            class Deletion {

                /**
                 * Constructs a new Deletion.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.AlterUserScramCredentialsRequest.Deletion.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Deletion name. */
                name: string;

                /** Deletion mechanism. */
                mechanism: number;

                /**
                 * Creates a new Deletion instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Deletion instance
                 */
                static create(properties: samsa.v1.AlterUserScramCredentialsRequest.Deletion.$Shape): samsa.v1.AlterUserScramCredentialsRequest.Deletion & samsa.v1.AlterUserScramCredentialsRequest.Deletion.$Shape;
                static create(properties?: samsa.v1.AlterUserScramCredentialsRequest.Deletion.$Properties): samsa.v1.AlterUserScramCredentialsRequest.Deletion;

                /**
                 * Encodes the specified Deletion message. Does not implicitly {@link samsa.v1.AlterUserScramCredentialsRequest.Deletion.verify|verify} messages.
                 * @param m Deletion message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.AlterUserScramCredentialsRequest.Deletion.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Deletion message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.AlterUserScramCredentialsRequest.Deletion & samsa.v1.AlterUserScramCredentialsRequest.Deletion.$Shape} Deletion
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.AlterUserScramCredentialsRequest.Deletion & samsa.v1.AlterUserScramCredentialsRequest.Deletion.$Shape;

                /**
                 * Creates a Deletion message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Deletion
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.AlterUserScramCredentialsRequest.Deletion;

                /**
                 * Creates a plain object from a Deletion message. Also converts values to other types if specified.
                 * @param m Deletion
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.AlterUserScramCredentialsRequest.Deletion, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Deletion to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Deletion
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Deletion {

                /** Properties of a Deletion. */
                interface $Properties {

                    /** Deletion name */
                    name?: (string|null);

                    /** Deletion mechanism */
                    mechanism?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Deletion. */
                type $Shape = samsa.v1.AlterUserScramCredentialsRequest.Deletion.$Properties;
            }

            /**
             * Properties of an Upsertion.
             * @deprecated Use samsa.v1.AlterUserScramCredentialsRequest.Upsertion.$Properties instead.
             */
            interface IUpsertion extends samsa.v1.AlterUserScramCredentialsRequest.Upsertion.$Properties {
            }

            /** Represents an Upsertion. */
            class Upsertion {

                /**
                 * Constructs a new Upsertion.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.AlterUserScramCredentialsRequest.Upsertion.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Upsertion name. */
                name: string;

                /** Upsertion mechanism. */
                mechanism: number;

                /** Upsertion iterations. */
                iterations: number;

                /** Upsertion salt. */
                salt: Uint8Array;

                /** Upsertion saltedPassword. */
                saltedPassword: Uint8Array;

                /**
                 * Creates a new Upsertion instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Upsertion instance
                 */
                static create(properties: samsa.v1.AlterUserScramCredentialsRequest.Upsertion.$Shape): samsa.v1.AlterUserScramCredentialsRequest.Upsertion & samsa.v1.AlterUserScramCredentialsRequest.Upsertion.$Shape;
                static create(properties?: samsa.v1.AlterUserScramCredentialsRequest.Upsertion.$Properties): samsa.v1.AlterUserScramCredentialsRequest.Upsertion;

                /**
                 * Encodes the specified Upsertion message. Does not implicitly {@link samsa.v1.AlterUserScramCredentialsRequest.Upsertion.verify|verify} messages.
                 * @param m Upsertion message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.AlterUserScramCredentialsRequest.Upsertion.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Upsertion message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.AlterUserScramCredentialsRequest.Upsertion & samsa.v1.AlterUserScramCredentialsRequest.Upsertion.$Shape} Upsertion
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.AlterUserScramCredentialsRequest.Upsertion & samsa.v1.AlterUserScramCredentialsRequest.Upsertion.$Shape;

                /**
                 * Creates an Upsertion message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Upsertion
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.AlterUserScramCredentialsRequest.Upsertion;

                /**
                 * Creates a plain object from an Upsertion message. Also converts values to other types if specified.
                 * @param m Upsertion
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.AlterUserScramCredentialsRequest.Upsertion, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Upsertion to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Upsertion
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Upsertion {

                /** Properties of an Upsertion. */
                interface $Properties {

                    /** Upsertion name */
                    name?: (string|null);

                    /** Upsertion mechanism */
                    mechanism?: (number|null);

                    /** Upsertion iterations */
                    iterations?: (number|null);

                    /** Upsertion salt */
                    salt?: (Uint8Array|null);

                    /** Upsertion saltedPassword */
                    saltedPassword?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Upsertion. */
                type $Shape = samsa.v1.AlterUserScramCredentialsRequest.Upsertion.$Properties;
            }
        }

        /**
         * Properties of an AlterUserScramCredentialsResponse.
         * @deprecated Use samsa.v1.AlterUserScramCredentialsResponse.$Properties instead.
         */
        interface IAlterUserScramCredentialsResponse extends samsa.v1.AlterUserScramCredentialsResponse.$Properties {
        }

        /** Represents an AlterUserScramCredentialsResponse. */
        class AlterUserScramCredentialsResponse {

            /**
             * Constructs a new AlterUserScramCredentialsResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.AlterUserScramCredentialsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AlterUserScramCredentialsResponse throttleTimeMs. */
            throttleTimeMs: number;

            /** AlterUserScramCredentialsResponse results. */
            results: samsa.v1.AlterUserScramCredentialsResponse.Result.$Properties[];

            /**
             * Creates a new AlterUserScramCredentialsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AlterUserScramCredentialsResponse instance
             */
            static create(properties: samsa.v1.AlterUserScramCredentialsResponse.$Shape): samsa.v1.AlterUserScramCredentialsResponse & samsa.v1.AlterUserScramCredentialsResponse.$Shape;
            static create(properties?: samsa.v1.AlterUserScramCredentialsResponse.$Properties): samsa.v1.AlterUserScramCredentialsResponse;

            /**
             * Encodes the specified AlterUserScramCredentialsResponse message. Does not implicitly {@link samsa.v1.AlterUserScramCredentialsResponse.verify|verify} messages.
             * @param m AlterUserScramCredentialsResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.AlterUserScramCredentialsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AlterUserScramCredentialsResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.AlterUserScramCredentialsResponse & samsa.v1.AlterUserScramCredentialsResponse.$Shape} AlterUserScramCredentialsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.AlterUserScramCredentialsResponse & samsa.v1.AlterUserScramCredentialsResponse.$Shape;

            /**
             * Creates an AlterUserScramCredentialsResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns AlterUserScramCredentialsResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.AlterUserScramCredentialsResponse;

            /**
             * Creates a plain object from an AlterUserScramCredentialsResponse message. Also converts values to other types if specified.
             * @param m AlterUserScramCredentialsResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.AlterUserScramCredentialsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AlterUserScramCredentialsResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AlterUserScramCredentialsResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AlterUserScramCredentialsResponse {

            /** Properties of an AlterUserScramCredentialsResponse. */
            interface $Properties {

                /** AlterUserScramCredentialsResponse throttleTimeMs */
                throttleTimeMs?: (number|null);

                /** AlterUserScramCredentialsResponse results */
                results?: (samsa.v1.AlterUserScramCredentialsResponse.Result.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AlterUserScramCredentialsResponse. */
            type $Shape = samsa.v1.AlterUserScramCredentialsResponse.$Properties;

            /**
             * Properties of a Result.
             * @deprecated Use samsa.v1.AlterUserScramCredentialsResponse.Result.$Properties instead.
             */
            interface IResult extends samsa.v1.AlterUserScramCredentialsResponse.Result.$Properties {
            }

            /** Represents a Result. */
            class Result {

                /**
                 * Constructs a new Result.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.AlterUserScramCredentialsResponse.Result.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Result user. */
                user: string;

                /** Result errorCode. */
                errorCode: number;

                /** Result errorMessage. */
                errorMessage: string;

                /**
                 * Creates a new Result instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Result instance
                 */
                static create(properties: samsa.v1.AlterUserScramCredentialsResponse.Result.$Shape): samsa.v1.AlterUserScramCredentialsResponse.Result & samsa.v1.AlterUserScramCredentialsResponse.Result.$Shape;
                static create(properties?: samsa.v1.AlterUserScramCredentialsResponse.Result.$Properties): samsa.v1.AlterUserScramCredentialsResponse.Result;

                /**
                 * Encodes the specified Result message. Does not implicitly {@link samsa.v1.AlterUserScramCredentialsResponse.Result.verify|verify} messages.
                 * @param m Result message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.AlterUserScramCredentialsResponse.Result.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Result message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.AlterUserScramCredentialsResponse.Result & samsa.v1.AlterUserScramCredentialsResponse.Result.$Shape} Result
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.AlterUserScramCredentialsResponse.Result & samsa.v1.AlterUserScramCredentialsResponse.Result.$Shape;

                /**
                 * Creates a Result message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns Result
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.AlterUserScramCredentialsResponse.Result;

                /**
                 * Creates a plain object from a Result message. Also converts values to other types if specified.
                 * @param m Result
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.AlterUserScramCredentialsResponse.Result, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Result to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Result
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Result {

                /** Properties of a Result. */
                interface $Properties {

                    /** Result user */
                    user?: (string|null);

                    /** Result errorCode */
                    errorCode?: (number|null);

                    /** Result errorMessage */
                    errorMessage?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Result. */
                type $Shape = samsa.v1.AlterUserScramCredentialsResponse.Result.$Properties;
            }
        }

        /**
         * Properties of a SaslHandshakeRequest.
         * @deprecated Use samsa.v1.SaslHandshakeRequest.$Properties instead.
         */
        interface ISaslHandshakeRequest extends samsa.v1.SaslHandshakeRequest.$Properties {
        }

        /** Represents a SaslHandshakeRequest. */
        class SaslHandshakeRequest {

            /**
             * Constructs a new SaslHandshakeRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.SaslHandshakeRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SaslHandshakeRequest mechanism. */
            mechanism: string;

            /**
             * Creates a new SaslHandshakeRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SaslHandshakeRequest instance
             */
            static create(properties: samsa.v1.SaslHandshakeRequest.$Shape): samsa.v1.SaslHandshakeRequest & samsa.v1.SaslHandshakeRequest.$Shape;
            static create(properties?: samsa.v1.SaslHandshakeRequest.$Properties): samsa.v1.SaslHandshakeRequest;

            /**
             * Encodes the specified SaslHandshakeRequest message. Does not implicitly {@link samsa.v1.SaslHandshakeRequest.verify|verify} messages.
             * @param m SaslHandshakeRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.SaslHandshakeRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SaslHandshakeRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.SaslHandshakeRequest & samsa.v1.SaslHandshakeRequest.$Shape} SaslHandshakeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.SaslHandshakeRequest & samsa.v1.SaslHandshakeRequest.$Shape;

            /**
             * Creates a SaslHandshakeRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SaslHandshakeRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.SaslHandshakeRequest;

            /**
             * Creates a plain object from a SaslHandshakeRequest message. Also converts values to other types if specified.
             * @param m SaslHandshakeRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.SaslHandshakeRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SaslHandshakeRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SaslHandshakeRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SaslHandshakeRequest {

            /** Properties of a SaslHandshakeRequest. */
            interface $Properties {

                /** SaslHandshakeRequest mechanism */
                mechanism?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SaslHandshakeRequest. */
            type $Shape = samsa.v1.SaslHandshakeRequest.$Properties;
        }

        /**
         * Properties of a SaslHandshakeResponse.
         * @deprecated Use samsa.v1.SaslHandshakeResponse.$Properties instead.
         */
        interface ISaslHandshakeResponse extends samsa.v1.SaslHandshakeResponse.$Properties {
        }

        /** Represents a SaslHandshakeResponse. */
        class SaslHandshakeResponse {

            /**
             * Constructs a new SaslHandshakeResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.SaslHandshakeResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SaslHandshakeResponse errorCode. */
            errorCode: number;

            /** SaslHandshakeResponse mechanisms. */
            mechanisms: string[];

            /**
             * Creates a new SaslHandshakeResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SaslHandshakeResponse instance
             */
            static create(properties: samsa.v1.SaslHandshakeResponse.$Shape): samsa.v1.SaslHandshakeResponse & samsa.v1.SaslHandshakeResponse.$Shape;
            static create(properties?: samsa.v1.SaslHandshakeResponse.$Properties): samsa.v1.SaslHandshakeResponse;

            /**
             * Encodes the specified SaslHandshakeResponse message. Does not implicitly {@link samsa.v1.SaslHandshakeResponse.verify|verify} messages.
             * @param m SaslHandshakeResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.SaslHandshakeResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SaslHandshakeResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.SaslHandshakeResponse & samsa.v1.SaslHandshakeResponse.$Shape} SaslHandshakeResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.SaslHandshakeResponse & samsa.v1.SaslHandshakeResponse.$Shape;

            /**
             * Creates a SaslHandshakeResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SaslHandshakeResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.SaslHandshakeResponse;

            /**
             * Creates a plain object from a SaslHandshakeResponse message. Also converts values to other types if specified.
             * @param m SaslHandshakeResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.SaslHandshakeResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SaslHandshakeResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SaslHandshakeResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SaslHandshakeResponse {

            /** Properties of a SaslHandshakeResponse. */
            interface $Properties {

                /** SaslHandshakeResponse errorCode */
                errorCode?: (number|null);

                /** SaslHandshakeResponse mechanisms */
                mechanisms?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SaslHandshakeResponse. */
            type $Shape = samsa.v1.SaslHandshakeResponse.$Properties;
        }

        /**
         * Properties of a SaslAuthenticateRequest.
         * @deprecated Use samsa.v1.SaslAuthenticateRequest.$Properties instead.
         */
        interface ISaslAuthenticateRequest extends samsa.v1.SaslAuthenticateRequest.$Properties {
        }

        /** Represents a SaslAuthenticateRequest. */
        class SaslAuthenticateRequest {

            /**
             * Constructs a new SaslAuthenticateRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.SaslAuthenticateRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SaslAuthenticateRequest authBytes. */
            authBytes: Uint8Array;

            /**
             * Creates a new SaslAuthenticateRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SaslAuthenticateRequest instance
             */
            static create(properties: samsa.v1.SaslAuthenticateRequest.$Shape): samsa.v1.SaslAuthenticateRequest & samsa.v1.SaslAuthenticateRequest.$Shape;
            static create(properties?: samsa.v1.SaslAuthenticateRequest.$Properties): samsa.v1.SaslAuthenticateRequest;

            /**
             * Encodes the specified SaslAuthenticateRequest message. Does not implicitly {@link samsa.v1.SaslAuthenticateRequest.verify|verify} messages.
             * @param m SaslAuthenticateRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.SaslAuthenticateRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SaslAuthenticateRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.SaslAuthenticateRequest & samsa.v1.SaslAuthenticateRequest.$Shape} SaslAuthenticateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.SaslAuthenticateRequest & samsa.v1.SaslAuthenticateRequest.$Shape;

            /**
             * Creates a SaslAuthenticateRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SaslAuthenticateRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.SaslAuthenticateRequest;

            /**
             * Creates a plain object from a SaslAuthenticateRequest message. Also converts values to other types if specified.
             * @param m SaslAuthenticateRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.SaslAuthenticateRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SaslAuthenticateRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SaslAuthenticateRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SaslAuthenticateRequest {

            /** Properties of a SaslAuthenticateRequest. */
            interface $Properties {

                /** SaslAuthenticateRequest authBytes */
                authBytes?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SaslAuthenticateRequest. */
            type $Shape = samsa.v1.SaslAuthenticateRequest.$Properties;
        }

        /**
         * Properties of a SaslAuthenticateResponse.
         * @deprecated Use samsa.v1.SaslAuthenticateResponse.$Properties instead.
         */
        interface ISaslAuthenticateResponse extends samsa.v1.SaslAuthenticateResponse.$Properties {
        }

        /** Represents a SaslAuthenticateResponse. */
        class SaslAuthenticateResponse {

            /**
             * Constructs a new SaslAuthenticateResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.SaslAuthenticateResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SaslAuthenticateResponse errorCode. */
            errorCode: number;

            /** SaslAuthenticateResponse errorMessage. */
            errorMessage: string;

            /** SaslAuthenticateResponse authBytes. */
            authBytes: Uint8Array;

            /** SaslAuthenticateResponse sessionLifetimeMs. */
            sessionLifetimeMs: number;

            /**
             * Creates a new SaslAuthenticateResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SaslAuthenticateResponse instance
             */
            static create(properties: samsa.v1.SaslAuthenticateResponse.$Shape): samsa.v1.SaslAuthenticateResponse & samsa.v1.SaslAuthenticateResponse.$Shape;
            static create(properties?: samsa.v1.SaslAuthenticateResponse.$Properties): samsa.v1.SaslAuthenticateResponse;

            /**
             * Encodes the specified SaslAuthenticateResponse message. Does not implicitly {@link samsa.v1.SaslAuthenticateResponse.verify|verify} messages.
             * @param m SaslAuthenticateResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.SaslAuthenticateResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SaslAuthenticateResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.SaslAuthenticateResponse & samsa.v1.SaslAuthenticateResponse.$Shape} SaslAuthenticateResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.SaslAuthenticateResponse & samsa.v1.SaslAuthenticateResponse.$Shape;

            /**
             * Creates a SaslAuthenticateResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SaslAuthenticateResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.SaslAuthenticateResponse;

            /**
             * Creates a plain object from a SaslAuthenticateResponse message. Also converts values to other types if specified.
             * @param m SaslAuthenticateResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.SaslAuthenticateResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SaslAuthenticateResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SaslAuthenticateResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SaslAuthenticateResponse {

            /** Properties of a SaslAuthenticateResponse. */
            interface $Properties {

                /** SaslAuthenticateResponse errorCode */
                errorCode?: (number|null);

                /** SaslAuthenticateResponse errorMessage */
                errorMessage?: (string|null);

                /** SaslAuthenticateResponse authBytes */
                authBytes?: (Uint8Array|null);

                /** SaslAuthenticateResponse sessionLifetimeMs */
                sessionLifetimeMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SaslAuthenticateResponse. */
            type $Shape = samsa.v1.SaslAuthenticateResponse.$Properties;
        }

        /**
         * Properties of a DescribeAclsRequest.
         * @deprecated Use samsa.v1.DescribeAclsRequest.$Properties instead.
         */
        interface IDescribeAclsRequest extends samsa.v1.DescribeAclsRequest.$Properties {
        }

        /** Represents a DescribeAclsRequest. */
        class DescribeAclsRequest {

            /**
             * Constructs a new DescribeAclsRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.DescribeAclsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DescribeAclsRequest resourceTypeFilter. */
            resourceTypeFilter: number;

            /** DescribeAclsRequest resourceNameFilter. */
            resourceNameFilter?: (string|null);

            /** DescribeAclsRequest patternTypeFilter. */
            patternTypeFilter: number;

            /** DescribeAclsRequest principalFilter. */
            principalFilter?: (string|null);

            /** DescribeAclsRequest hostFilter. */
            hostFilter?: (string|null);

            /** DescribeAclsRequest operation. */
            operation: number;

            /** DescribeAclsRequest permissionType. */
            permissionType: number;

            /**
             * Creates a new DescribeAclsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DescribeAclsRequest instance
             */
            static create(properties: samsa.v1.DescribeAclsRequest.$Shape): samsa.v1.DescribeAclsRequest & samsa.v1.DescribeAclsRequest.$Shape;
            static create(properties?: samsa.v1.DescribeAclsRequest.$Properties): samsa.v1.DescribeAclsRequest;

            /**
             * Encodes the specified DescribeAclsRequest message. Does not implicitly {@link samsa.v1.DescribeAclsRequest.verify|verify} messages.
             * @param m DescribeAclsRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.DescribeAclsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DescribeAclsRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.DescribeAclsRequest & samsa.v1.DescribeAclsRequest.$Shape} DescribeAclsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DescribeAclsRequest & samsa.v1.DescribeAclsRequest.$Shape;

            /**
             * Creates a DescribeAclsRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DescribeAclsRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.DescribeAclsRequest;

            /**
             * Creates a plain object from a DescribeAclsRequest message. Also converts values to other types if specified.
             * @param m DescribeAclsRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.DescribeAclsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DescribeAclsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DescribeAclsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DescribeAclsRequest {

            /** Properties of a DescribeAclsRequest. */
            interface $Properties {

                /** DescribeAclsRequest resourceTypeFilter */
                resourceTypeFilter?: (number|null);

                /** DescribeAclsRequest resourceNameFilter */
                resourceNameFilter?: (string|null);

                /** DescribeAclsRequest patternTypeFilter */
                patternTypeFilter?: (number|null);

                /** DescribeAclsRequest principalFilter */
                principalFilter?: (string|null);

                /** DescribeAclsRequest hostFilter */
                hostFilter?: (string|null);

                /** DescribeAclsRequest operation */
                operation?: (number|null);

                /** DescribeAclsRequest permissionType */
                permissionType?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DescribeAclsRequest. */
            type $Shape = samsa.v1.DescribeAclsRequest.$Properties;
        }

        /**
         * Properties of an AclDescription.
         * @deprecated Use samsa.v1.AclDescription.$Properties instead.
         */
        interface IAclDescription extends samsa.v1.AclDescription.$Properties {
        }

        /** Represents an AclDescription. */
        class AclDescription {

            /**
             * Constructs a new AclDescription.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.AclDescription.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AclDescription principal. */
            principal: string;

            /** AclDescription host. */
            host: string;

            /** AclDescription operation. */
            operation: number;

            /** AclDescription permissionType. */
            permissionType: number;

            /**
             * Creates a new AclDescription instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AclDescription instance
             */
            static create(properties: samsa.v1.AclDescription.$Shape): samsa.v1.AclDescription & samsa.v1.AclDescription.$Shape;
            static create(properties?: samsa.v1.AclDescription.$Properties): samsa.v1.AclDescription;

            /**
             * Encodes the specified AclDescription message. Does not implicitly {@link samsa.v1.AclDescription.verify|verify} messages.
             * @param m AclDescription message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.AclDescription.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AclDescription message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.AclDescription & samsa.v1.AclDescription.$Shape} AclDescription
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.AclDescription & samsa.v1.AclDescription.$Shape;

            /**
             * Creates an AclDescription message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns AclDescription
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.AclDescription;

            /**
             * Creates a plain object from an AclDescription message. Also converts values to other types if specified.
             * @param m AclDescription
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.AclDescription, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AclDescription to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AclDescription
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AclDescription {

            /** Properties of an AclDescription. */
            interface $Properties {

                /** AclDescription principal */
                principal?: (string|null);

                /** AclDescription host */
                host?: (string|null);

                /** AclDescription operation */
                operation?: (number|null);

                /** AclDescription permissionType */
                permissionType?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AclDescription. */
            type $Shape = samsa.v1.AclDescription.$Properties;
        }

        /**
         * Properties of a DescribeAclsResource.
         * @deprecated Use samsa.v1.DescribeAclsResource.$Properties instead.
         */
        interface IDescribeAclsResource extends samsa.v1.DescribeAclsResource.$Properties {
        }

        /** Represents a DescribeAclsResource. */
        class DescribeAclsResource {

            /**
             * Constructs a new DescribeAclsResource.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.DescribeAclsResource.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DescribeAclsResource resourceType. */
            resourceType: number;

            /** DescribeAclsResource resourceName. */
            resourceName: string;

            /** DescribeAclsResource patternType. */
            patternType: number;

            /** DescribeAclsResource acls. */
            acls: samsa.v1.AclDescription.$Properties[];

            /**
             * Creates a new DescribeAclsResource instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DescribeAclsResource instance
             */
            static create(properties: samsa.v1.DescribeAclsResource.$Shape): samsa.v1.DescribeAclsResource & samsa.v1.DescribeAclsResource.$Shape;
            static create(properties?: samsa.v1.DescribeAclsResource.$Properties): samsa.v1.DescribeAclsResource;

            /**
             * Encodes the specified DescribeAclsResource message. Does not implicitly {@link samsa.v1.DescribeAclsResource.verify|verify} messages.
             * @param m DescribeAclsResource message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.DescribeAclsResource.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DescribeAclsResource message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.DescribeAclsResource & samsa.v1.DescribeAclsResource.$Shape} DescribeAclsResource
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DescribeAclsResource & samsa.v1.DescribeAclsResource.$Shape;

            /**
             * Creates a DescribeAclsResource message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DescribeAclsResource
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.DescribeAclsResource;

            /**
             * Creates a plain object from a DescribeAclsResource message. Also converts values to other types if specified.
             * @param m DescribeAclsResource
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.DescribeAclsResource, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DescribeAclsResource to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DescribeAclsResource
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DescribeAclsResource {

            /** Properties of a DescribeAclsResource. */
            interface $Properties {

                /** DescribeAclsResource resourceType */
                resourceType?: (number|null);

                /** DescribeAclsResource resourceName */
                resourceName?: (string|null);

                /** DescribeAclsResource patternType */
                patternType?: (number|null);

                /** DescribeAclsResource acls */
                acls?: (samsa.v1.AclDescription.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DescribeAclsResource. */
            type $Shape = samsa.v1.DescribeAclsResource.$Properties;
        }

        /**
         * Properties of a DescribeAclsResponse.
         * @deprecated Use samsa.v1.DescribeAclsResponse.$Properties instead.
         */
        interface IDescribeAclsResponse extends samsa.v1.DescribeAclsResponse.$Properties {
        }

        /** Represents a DescribeAclsResponse. */
        class DescribeAclsResponse {

            /**
             * Constructs a new DescribeAclsResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.DescribeAclsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DescribeAclsResponse errorCode. */
            errorCode: number;

            /** DescribeAclsResponse errorMessage. */
            errorMessage: string;

            /** DescribeAclsResponse resources. */
            resources: samsa.v1.DescribeAclsResource.$Properties[];

            /**
             * Creates a new DescribeAclsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DescribeAclsResponse instance
             */
            static create(properties: samsa.v1.DescribeAclsResponse.$Shape): samsa.v1.DescribeAclsResponse & samsa.v1.DescribeAclsResponse.$Shape;
            static create(properties?: samsa.v1.DescribeAclsResponse.$Properties): samsa.v1.DescribeAclsResponse;

            /**
             * Encodes the specified DescribeAclsResponse message. Does not implicitly {@link samsa.v1.DescribeAclsResponse.verify|verify} messages.
             * @param m DescribeAclsResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.DescribeAclsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DescribeAclsResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.DescribeAclsResponse & samsa.v1.DescribeAclsResponse.$Shape} DescribeAclsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DescribeAclsResponse & samsa.v1.DescribeAclsResponse.$Shape;

            /**
             * Creates a DescribeAclsResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DescribeAclsResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.DescribeAclsResponse;

            /**
             * Creates a plain object from a DescribeAclsResponse message. Also converts values to other types if specified.
             * @param m DescribeAclsResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.DescribeAclsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DescribeAclsResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DescribeAclsResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DescribeAclsResponse {

            /** Properties of a DescribeAclsResponse. */
            interface $Properties {

                /** DescribeAclsResponse errorCode */
                errorCode?: (number|null);

                /** DescribeAclsResponse errorMessage */
                errorMessage?: (string|null);

                /** DescribeAclsResponse resources */
                resources?: (samsa.v1.DescribeAclsResource.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DescribeAclsResponse. */
            type $Shape = samsa.v1.DescribeAclsResponse.$Properties;
        }

        /**
         * Properties of an AclCreation.
         * @deprecated Use samsa.v1.AclCreation.$Properties instead.
         */
        interface IAclCreation extends samsa.v1.AclCreation.$Properties {
        }

        /** Represents an AclCreation. */
        class AclCreation {

            /**
             * Constructs a new AclCreation.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.AclCreation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AclCreation resourceType. */
            resourceType: number;

            /** AclCreation resourceName. */
            resourceName: string;

            /** AclCreation resourcePatternType. */
            resourcePatternType: number;

            /** AclCreation principal. */
            principal: string;

            /** AclCreation host. */
            host: string;

            /** AclCreation operation. */
            operation: number;

            /** AclCreation permissionType. */
            permissionType: number;

            /**
             * Creates a new AclCreation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AclCreation instance
             */
            static create(properties: samsa.v1.AclCreation.$Shape): samsa.v1.AclCreation & samsa.v1.AclCreation.$Shape;
            static create(properties?: samsa.v1.AclCreation.$Properties): samsa.v1.AclCreation;

            /**
             * Encodes the specified AclCreation message. Does not implicitly {@link samsa.v1.AclCreation.verify|verify} messages.
             * @param m AclCreation message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.AclCreation.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AclCreation message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.AclCreation & samsa.v1.AclCreation.$Shape} AclCreation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.AclCreation & samsa.v1.AclCreation.$Shape;

            /**
             * Creates an AclCreation message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns AclCreation
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.AclCreation;

            /**
             * Creates a plain object from an AclCreation message. Also converts values to other types if specified.
             * @param m AclCreation
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.AclCreation, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AclCreation to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AclCreation
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AclCreation {

            /** Properties of an AclCreation. */
            interface $Properties {

                /** AclCreation resourceType */
                resourceType?: (number|null);

                /** AclCreation resourceName */
                resourceName?: (string|null);

                /** AclCreation resourcePatternType */
                resourcePatternType?: (number|null);

                /** AclCreation principal */
                principal?: (string|null);

                /** AclCreation host */
                host?: (string|null);

                /** AclCreation operation */
                operation?: (number|null);

                /** AclCreation permissionType */
                permissionType?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AclCreation. */
            type $Shape = samsa.v1.AclCreation.$Properties;
        }

        /**
         * Properties of a CreateAclsRequest.
         * @deprecated Use samsa.v1.CreateAclsRequest.$Properties instead.
         */
        interface ICreateAclsRequest extends samsa.v1.CreateAclsRequest.$Properties {
        }

        /** Represents a CreateAclsRequest. */
        class CreateAclsRequest {

            /**
             * Constructs a new CreateAclsRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.CreateAclsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CreateAclsRequest creations. */
            creations: samsa.v1.AclCreation.$Properties[];

            /**
             * Creates a new CreateAclsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CreateAclsRequest instance
             */
            static create(properties: samsa.v1.CreateAclsRequest.$Shape): samsa.v1.CreateAclsRequest & samsa.v1.CreateAclsRequest.$Shape;
            static create(properties?: samsa.v1.CreateAclsRequest.$Properties): samsa.v1.CreateAclsRequest;

            /**
             * Encodes the specified CreateAclsRequest message. Does not implicitly {@link samsa.v1.CreateAclsRequest.verify|verify} messages.
             * @param m CreateAclsRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.CreateAclsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CreateAclsRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.CreateAclsRequest & samsa.v1.CreateAclsRequest.$Shape} CreateAclsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.CreateAclsRequest & samsa.v1.CreateAclsRequest.$Shape;

            /**
             * Creates a CreateAclsRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns CreateAclsRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.CreateAclsRequest;

            /**
             * Creates a plain object from a CreateAclsRequest message. Also converts values to other types if specified.
             * @param m CreateAclsRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.CreateAclsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CreateAclsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CreateAclsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CreateAclsRequest {

            /** Properties of a CreateAclsRequest. */
            interface $Properties {

                /** CreateAclsRequest creations */
                creations?: (samsa.v1.AclCreation.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CreateAclsRequest. */
            type $Shape = samsa.v1.CreateAclsRequest.$Properties;
        }

        /**
         * Properties of an AclCreationResult.
         * @deprecated Use samsa.v1.AclCreationResult.$Properties instead.
         */
        interface IAclCreationResult extends samsa.v1.AclCreationResult.$Properties {
        }

        /** Represents an AclCreationResult. */
        class AclCreationResult {

            /**
             * Constructs a new AclCreationResult.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.AclCreationResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AclCreationResult errorCode. */
            errorCode: number;

            /** AclCreationResult errorMessage. */
            errorMessage: string;

            /**
             * Creates a new AclCreationResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AclCreationResult instance
             */
            static create(properties: samsa.v1.AclCreationResult.$Shape): samsa.v1.AclCreationResult & samsa.v1.AclCreationResult.$Shape;
            static create(properties?: samsa.v1.AclCreationResult.$Properties): samsa.v1.AclCreationResult;

            /**
             * Encodes the specified AclCreationResult message. Does not implicitly {@link samsa.v1.AclCreationResult.verify|verify} messages.
             * @param m AclCreationResult message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.AclCreationResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AclCreationResult message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.AclCreationResult & samsa.v1.AclCreationResult.$Shape} AclCreationResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.AclCreationResult & samsa.v1.AclCreationResult.$Shape;

            /**
             * Creates an AclCreationResult message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns AclCreationResult
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.AclCreationResult;

            /**
             * Creates a plain object from an AclCreationResult message. Also converts values to other types if specified.
             * @param m AclCreationResult
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.AclCreationResult, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AclCreationResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AclCreationResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AclCreationResult {

            /** Properties of an AclCreationResult. */
            interface $Properties {

                /** AclCreationResult errorCode */
                errorCode?: (number|null);

                /** AclCreationResult errorMessage */
                errorMessage?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AclCreationResult. */
            type $Shape = samsa.v1.AclCreationResult.$Properties;
        }

        /**
         * Properties of a CreateAclsResponse.
         * @deprecated Use samsa.v1.CreateAclsResponse.$Properties instead.
         */
        interface ICreateAclsResponse extends samsa.v1.CreateAclsResponse.$Properties {
        }

        /** Represents a CreateAclsResponse. */
        class CreateAclsResponse {

            /**
             * Constructs a new CreateAclsResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.CreateAclsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CreateAclsResponse results. */
            results: samsa.v1.AclCreationResult.$Properties[];

            /**
             * Creates a new CreateAclsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CreateAclsResponse instance
             */
            static create(properties: samsa.v1.CreateAclsResponse.$Shape): samsa.v1.CreateAclsResponse & samsa.v1.CreateAclsResponse.$Shape;
            static create(properties?: samsa.v1.CreateAclsResponse.$Properties): samsa.v1.CreateAclsResponse;

            /**
             * Encodes the specified CreateAclsResponse message. Does not implicitly {@link samsa.v1.CreateAclsResponse.verify|verify} messages.
             * @param m CreateAclsResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.CreateAclsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CreateAclsResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.CreateAclsResponse & samsa.v1.CreateAclsResponse.$Shape} CreateAclsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.CreateAclsResponse & samsa.v1.CreateAclsResponse.$Shape;

            /**
             * Creates a CreateAclsResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns CreateAclsResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.CreateAclsResponse;

            /**
             * Creates a plain object from a CreateAclsResponse message. Also converts values to other types if specified.
             * @param m CreateAclsResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.CreateAclsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CreateAclsResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CreateAclsResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CreateAclsResponse {

            /** Properties of a CreateAclsResponse. */
            interface $Properties {

                /** CreateAclsResponse results */
                results?: (samsa.v1.AclCreationResult.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CreateAclsResponse. */
            type $Shape = samsa.v1.CreateAclsResponse.$Properties;
        }

        /**
         * Properties of a DeleteAclsFilter.
         * @deprecated Use samsa.v1.DeleteAclsFilter.$Properties instead.
         */
        interface IDeleteAclsFilter extends samsa.v1.DeleteAclsFilter.$Properties {
        }

        /** Represents a DeleteAclsFilter. */
        class DeleteAclsFilter {

            /**
             * Constructs a new DeleteAclsFilter.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.DeleteAclsFilter.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteAclsFilter resourceTypeFilter. */
            resourceTypeFilter: number;

            /** DeleteAclsFilter resourceNameFilter. */
            resourceNameFilter?: (string|null);

            /** DeleteAclsFilter patternTypeFilter. */
            patternTypeFilter: number;

            /** DeleteAclsFilter principalFilter. */
            principalFilter?: (string|null);

            /** DeleteAclsFilter hostFilter. */
            hostFilter?: (string|null);

            /** DeleteAclsFilter operation. */
            operation: number;

            /** DeleteAclsFilter permissionType. */
            permissionType: number;

            /**
             * Creates a new DeleteAclsFilter instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeleteAclsFilter instance
             */
            static create(properties: samsa.v1.DeleteAclsFilter.$Shape): samsa.v1.DeleteAclsFilter & samsa.v1.DeleteAclsFilter.$Shape;
            static create(properties?: samsa.v1.DeleteAclsFilter.$Properties): samsa.v1.DeleteAclsFilter;

            /**
             * Encodes the specified DeleteAclsFilter message. Does not implicitly {@link samsa.v1.DeleteAclsFilter.verify|verify} messages.
             * @param m DeleteAclsFilter message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.DeleteAclsFilter.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteAclsFilter message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.DeleteAclsFilter & samsa.v1.DeleteAclsFilter.$Shape} DeleteAclsFilter
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DeleteAclsFilter & samsa.v1.DeleteAclsFilter.$Shape;

            /**
             * Creates a DeleteAclsFilter message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DeleteAclsFilter
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.DeleteAclsFilter;

            /**
             * Creates a plain object from a DeleteAclsFilter message. Also converts values to other types if specified.
             * @param m DeleteAclsFilter
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.DeleteAclsFilter, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeleteAclsFilter to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeleteAclsFilter
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteAclsFilter {

            /** Properties of a DeleteAclsFilter. */
            interface $Properties {

                /** DeleteAclsFilter resourceTypeFilter */
                resourceTypeFilter?: (number|null);

                /** DeleteAclsFilter resourceNameFilter */
                resourceNameFilter?: (string|null);

                /** DeleteAclsFilter patternTypeFilter */
                patternTypeFilter?: (number|null);

                /** DeleteAclsFilter principalFilter */
                principalFilter?: (string|null);

                /** DeleteAclsFilter hostFilter */
                hostFilter?: (string|null);

                /** DeleteAclsFilter operation */
                operation?: (number|null);

                /** DeleteAclsFilter permissionType */
                permissionType?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteAclsFilter. */
            type $Shape = samsa.v1.DeleteAclsFilter.$Properties;
        }

        /**
         * Properties of a DeleteAclsRequest.
         * @deprecated Use samsa.v1.DeleteAclsRequest.$Properties instead.
         */
        interface IDeleteAclsRequest extends samsa.v1.DeleteAclsRequest.$Properties {
        }

        /** Represents a DeleteAclsRequest. */
        class DeleteAclsRequest {

            /**
             * Constructs a new DeleteAclsRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.DeleteAclsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteAclsRequest filters. */
            filters: samsa.v1.DeleteAclsFilter.$Properties[];

            /**
             * Creates a new DeleteAclsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeleteAclsRequest instance
             */
            static create(properties: samsa.v1.DeleteAclsRequest.$Shape): samsa.v1.DeleteAclsRequest & samsa.v1.DeleteAclsRequest.$Shape;
            static create(properties?: samsa.v1.DeleteAclsRequest.$Properties): samsa.v1.DeleteAclsRequest;

            /**
             * Encodes the specified DeleteAclsRequest message. Does not implicitly {@link samsa.v1.DeleteAclsRequest.verify|verify} messages.
             * @param m DeleteAclsRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.DeleteAclsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteAclsRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.DeleteAclsRequest & samsa.v1.DeleteAclsRequest.$Shape} DeleteAclsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DeleteAclsRequest & samsa.v1.DeleteAclsRequest.$Shape;

            /**
             * Creates a DeleteAclsRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DeleteAclsRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.DeleteAclsRequest;

            /**
             * Creates a plain object from a DeleteAclsRequest message. Also converts values to other types if specified.
             * @param m DeleteAclsRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.DeleteAclsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeleteAclsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeleteAclsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteAclsRequest {

            /** Properties of a DeleteAclsRequest. */
            interface $Properties {

                /** DeleteAclsRequest filters */
                filters?: (samsa.v1.DeleteAclsFilter.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteAclsRequest. */
            type $Shape = samsa.v1.DeleteAclsRequest.$Properties;
        }

        /**
         * Properties of a DeleteAclsMatchingAcl.
         * @deprecated Use samsa.v1.DeleteAclsMatchingAcl.$Properties instead.
         */
        interface IDeleteAclsMatchingAcl extends samsa.v1.DeleteAclsMatchingAcl.$Properties {
        }

        /** Represents a DeleteAclsMatchingAcl. */
        class DeleteAclsMatchingAcl {

            /**
             * Constructs a new DeleteAclsMatchingAcl.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.DeleteAclsMatchingAcl.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteAclsMatchingAcl errorCode. */
            errorCode: number;

            /** DeleteAclsMatchingAcl errorMessage. */
            errorMessage: string;

            /** DeleteAclsMatchingAcl resourceType. */
            resourceType: number;

            /** DeleteAclsMatchingAcl resourceName. */
            resourceName: string;

            /** DeleteAclsMatchingAcl patternType. */
            patternType: number;

            /** DeleteAclsMatchingAcl principal. */
            principal: string;

            /** DeleteAclsMatchingAcl host. */
            host: string;

            /** DeleteAclsMatchingAcl operation. */
            operation: number;

            /** DeleteAclsMatchingAcl permissionType. */
            permissionType: number;

            /**
             * Creates a new DeleteAclsMatchingAcl instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeleteAclsMatchingAcl instance
             */
            static create(properties: samsa.v1.DeleteAclsMatchingAcl.$Shape): samsa.v1.DeleteAclsMatchingAcl & samsa.v1.DeleteAclsMatchingAcl.$Shape;
            static create(properties?: samsa.v1.DeleteAclsMatchingAcl.$Properties): samsa.v1.DeleteAclsMatchingAcl;

            /**
             * Encodes the specified DeleteAclsMatchingAcl message. Does not implicitly {@link samsa.v1.DeleteAclsMatchingAcl.verify|verify} messages.
             * @param m DeleteAclsMatchingAcl message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.DeleteAclsMatchingAcl.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteAclsMatchingAcl message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.DeleteAclsMatchingAcl & samsa.v1.DeleteAclsMatchingAcl.$Shape} DeleteAclsMatchingAcl
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DeleteAclsMatchingAcl & samsa.v1.DeleteAclsMatchingAcl.$Shape;

            /**
             * Creates a DeleteAclsMatchingAcl message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DeleteAclsMatchingAcl
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.DeleteAclsMatchingAcl;

            /**
             * Creates a plain object from a DeleteAclsMatchingAcl message. Also converts values to other types if specified.
             * @param m DeleteAclsMatchingAcl
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.DeleteAclsMatchingAcl, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeleteAclsMatchingAcl to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeleteAclsMatchingAcl
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteAclsMatchingAcl {

            /** Properties of a DeleteAclsMatchingAcl. */
            interface $Properties {

                /** DeleteAclsMatchingAcl errorCode */
                errorCode?: (number|null);

                /** DeleteAclsMatchingAcl errorMessage */
                errorMessage?: (string|null);

                /** DeleteAclsMatchingAcl resourceType */
                resourceType?: (number|null);

                /** DeleteAclsMatchingAcl resourceName */
                resourceName?: (string|null);

                /** DeleteAclsMatchingAcl patternType */
                patternType?: (number|null);

                /** DeleteAclsMatchingAcl principal */
                principal?: (string|null);

                /** DeleteAclsMatchingAcl host */
                host?: (string|null);

                /** DeleteAclsMatchingAcl operation */
                operation?: (number|null);

                /** DeleteAclsMatchingAcl permissionType */
                permissionType?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteAclsMatchingAcl. */
            type $Shape = samsa.v1.DeleteAclsMatchingAcl.$Properties;
        }

        /**
         * Properties of a DeleteAclsFilterResult.
         * @deprecated Use samsa.v1.DeleteAclsFilterResult.$Properties instead.
         */
        interface IDeleteAclsFilterResult extends samsa.v1.DeleteAclsFilterResult.$Properties {
        }

        /** Represents a DeleteAclsFilterResult. */
        class DeleteAclsFilterResult {

            /**
             * Constructs a new DeleteAclsFilterResult.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.DeleteAclsFilterResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteAclsFilterResult errorCode. */
            errorCode: number;

            /** DeleteAclsFilterResult errorMessage. */
            errorMessage: string;

            /** DeleteAclsFilterResult matchingAcls. */
            matchingAcls: samsa.v1.DeleteAclsMatchingAcl.$Properties[];

            /**
             * Creates a new DeleteAclsFilterResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeleteAclsFilterResult instance
             */
            static create(properties: samsa.v1.DeleteAclsFilterResult.$Shape): samsa.v1.DeleteAclsFilterResult & samsa.v1.DeleteAclsFilterResult.$Shape;
            static create(properties?: samsa.v1.DeleteAclsFilterResult.$Properties): samsa.v1.DeleteAclsFilterResult;

            /**
             * Encodes the specified DeleteAclsFilterResult message. Does not implicitly {@link samsa.v1.DeleteAclsFilterResult.verify|verify} messages.
             * @param m DeleteAclsFilterResult message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.DeleteAclsFilterResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteAclsFilterResult message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.DeleteAclsFilterResult & samsa.v1.DeleteAclsFilterResult.$Shape} DeleteAclsFilterResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DeleteAclsFilterResult & samsa.v1.DeleteAclsFilterResult.$Shape;

            /**
             * Creates a DeleteAclsFilterResult message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DeleteAclsFilterResult
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.DeleteAclsFilterResult;

            /**
             * Creates a plain object from a DeleteAclsFilterResult message. Also converts values to other types if specified.
             * @param m DeleteAclsFilterResult
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.DeleteAclsFilterResult, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeleteAclsFilterResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeleteAclsFilterResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteAclsFilterResult {

            /** Properties of a DeleteAclsFilterResult. */
            interface $Properties {

                /** DeleteAclsFilterResult errorCode */
                errorCode?: (number|null);

                /** DeleteAclsFilterResult errorMessage */
                errorMessage?: (string|null);

                /** DeleteAclsFilterResult matchingAcls */
                matchingAcls?: (samsa.v1.DeleteAclsMatchingAcl.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteAclsFilterResult. */
            type $Shape = samsa.v1.DeleteAclsFilterResult.$Properties;
        }

        /**
         * Properties of a DeleteAclsResponse.
         * @deprecated Use samsa.v1.DeleteAclsResponse.$Properties instead.
         */
        interface IDeleteAclsResponse extends samsa.v1.DeleteAclsResponse.$Properties {
        }

        /** Represents a DeleteAclsResponse. */
        class DeleteAclsResponse {

            /**
             * Constructs a new DeleteAclsResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.DeleteAclsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteAclsResponse filterResults. */
            filterResults: samsa.v1.DeleteAclsFilterResult.$Properties[];

            /**
             * Creates a new DeleteAclsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeleteAclsResponse instance
             */
            static create(properties: samsa.v1.DeleteAclsResponse.$Shape): samsa.v1.DeleteAclsResponse & samsa.v1.DeleteAclsResponse.$Shape;
            static create(properties?: samsa.v1.DeleteAclsResponse.$Properties): samsa.v1.DeleteAclsResponse;

            /**
             * Encodes the specified DeleteAclsResponse message. Does not implicitly {@link samsa.v1.DeleteAclsResponse.verify|verify} messages.
             * @param m DeleteAclsResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.DeleteAclsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteAclsResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.DeleteAclsResponse & samsa.v1.DeleteAclsResponse.$Shape} DeleteAclsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.DeleteAclsResponse & samsa.v1.DeleteAclsResponse.$Shape;

            /**
             * Creates a DeleteAclsResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns DeleteAclsResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.DeleteAclsResponse;

            /**
             * Creates a plain object from a DeleteAclsResponse message. Also converts values to other types if specified.
             * @param m DeleteAclsResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.DeleteAclsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeleteAclsResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeleteAclsResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteAclsResponse {

            /** Properties of a DeleteAclsResponse. */
            interface $Properties {

                /** DeleteAclsResponse filterResults */
                filterResults?: (samsa.v1.DeleteAclsFilterResult.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteAclsResponse. */
            type $Shape = samsa.v1.DeleteAclsResponse.$Properties;
        }

        /**
         * Properties of an AlterConfigsRequest.
         * @deprecated Use samsa.v1.AlterConfigsRequest.$Properties instead.
         */
        interface IAlterConfigsRequest extends samsa.v1.AlterConfigsRequest.$Properties {
        }

        /** Represents an AlterConfigsRequest. */
        class AlterConfigsRequest {

            /**
             * Constructs a new AlterConfigsRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.AlterConfigsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AlterConfigsRequest resources. */
            resources: samsa.v1.AlterConfigsRequest.AlterConfigsResource.$Properties[];

            /** AlterConfigsRequest validateOnly. */
            validateOnly: boolean;

            /**
             * Creates a new AlterConfigsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AlterConfigsRequest instance
             */
            static create(properties: samsa.v1.AlterConfigsRequest.$Shape): samsa.v1.AlterConfigsRequest & samsa.v1.AlterConfigsRequest.$Shape;
            static create(properties?: samsa.v1.AlterConfigsRequest.$Properties): samsa.v1.AlterConfigsRequest;

            /**
             * Encodes the specified AlterConfigsRequest message. Does not implicitly {@link samsa.v1.AlterConfigsRequest.verify|verify} messages.
             * @param m AlterConfigsRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.AlterConfigsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AlterConfigsRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.AlterConfigsRequest & samsa.v1.AlterConfigsRequest.$Shape} AlterConfigsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.AlterConfigsRequest & samsa.v1.AlterConfigsRequest.$Shape;

            /**
             * Creates an AlterConfigsRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns AlterConfigsRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.AlterConfigsRequest;

            /**
             * Creates a plain object from an AlterConfigsRequest message. Also converts values to other types if specified.
             * @param m AlterConfigsRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.AlterConfigsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AlterConfigsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AlterConfigsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AlterConfigsRequest {

            /** Properties of an AlterConfigsRequest. */
            interface $Properties {

                /** AlterConfigsRequest resources */
                resources?: (samsa.v1.AlterConfigsRequest.AlterConfigsResource.$Properties[]|null);

                /** AlterConfigsRequest validateOnly */
                validateOnly?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AlterConfigsRequest. */
            type $Shape = samsa.v1.AlterConfigsRequest.$Properties;

            /**
             * Properties of an AlterConfigsResource.
             * @deprecated Use samsa.v1.AlterConfigsRequest.AlterConfigsResource.$Properties instead.
             */
            interface IAlterConfigsResource extends samsa.v1.AlterConfigsRequest.AlterConfigsResource.$Properties {
            }

            /** Represents an AlterConfigsResource. */
            class AlterConfigsResource {

                /**
                 * Constructs a new AlterConfigsResource.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.AlterConfigsRequest.AlterConfigsResource.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AlterConfigsResource resourceType. */
                resourceType: number;

                /** AlterConfigsResource resourceName. */
                resourceName: string;

                /** AlterConfigsResource configs. */
                configs: samsa.v1.AlterConfigsRequest.AlterableConfig.$Properties[];

                /**
                 * Creates a new AlterConfigsResource instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AlterConfigsResource instance
                 */
                static create(properties: samsa.v1.AlterConfigsRequest.AlterConfigsResource.$Shape): samsa.v1.AlterConfigsRequest.AlterConfigsResource & samsa.v1.AlterConfigsRequest.AlterConfigsResource.$Shape;
                static create(properties?: samsa.v1.AlterConfigsRequest.AlterConfigsResource.$Properties): samsa.v1.AlterConfigsRequest.AlterConfigsResource;

                /**
                 * Encodes the specified AlterConfigsResource message. Does not implicitly {@link samsa.v1.AlterConfigsRequest.AlterConfigsResource.verify|verify} messages.
                 * @param m AlterConfigsResource message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.AlterConfigsRequest.AlterConfigsResource.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AlterConfigsResource message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.AlterConfigsRequest.AlterConfigsResource & samsa.v1.AlterConfigsRequest.AlterConfigsResource.$Shape} AlterConfigsResource
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.AlterConfigsRequest.AlterConfigsResource & samsa.v1.AlterConfigsRequest.AlterConfigsResource.$Shape;

                /**
                 * Creates an AlterConfigsResource message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns AlterConfigsResource
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.AlterConfigsRequest.AlterConfigsResource;

                /**
                 * Creates a plain object from an AlterConfigsResource message. Also converts values to other types if specified.
                 * @param m AlterConfigsResource
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.AlterConfigsRequest.AlterConfigsResource, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AlterConfigsResource to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AlterConfigsResource
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AlterConfigsResource {

                /** Properties of an AlterConfigsResource. */
                interface $Properties {

                    /** AlterConfigsResource resourceType */
                    resourceType?: (number|null);

                    /** AlterConfigsResource resourceName */
                    resourceName?: (string|null);

                    /** AlterConfigsResource configs */
                    configs?: (samsa.v1.AlterConfigsRequest.AlterableConfig.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AlterConfigsResource. */
                type $Shape = samsa.v1.AlterConfigsRequest.AlterConfigsResource.$Properties;
            }

            /**
             * Properties of an AlterableConfig.
             * @deprecated Use samsa.v1.AlterConfigsRequest.AlterableConfig.$Properties instead.
             */
            interface IAlterableConfig extends samsa.v1.AlterConfigsRequest.AlterableConfig.$Properties {
            }

            /** Represents an AlterableConfig. */
            class AlterableConfig {

                /**
                 * Constructs a new AlterableConfig.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.AlterConfigsRequest.AlterableConfig.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AlterableConfig name. */
                name: string;

                /** AlterableConfig value. */
                value?: (string|null);

                /**
                 * Creates a new AlterableConfig instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AlterableConfig instance
                 */
                static create(properties: samsa.v1.AlterConfigsRequest.AlterableConfig.$Shape): samsa.v1.AlterConfigsRequest.AlterableConfig & samsa.v1.AlterConfigsRequest.AlterableConfig.$Shape;
                static create(properties?: samsa.v1.AlterConfigsRequest.AlterableConfig.$Properties): samsa.v1.AlterConfigsRequest.AlterableConfig;

                /**
                 * Encodes the specified AlterableConfig message. Does not implicitly {@link samsa.v1.AlterConfigsRequest.AlterableConfig.verify|verify} messages.
                 * @param m AlterableConfig message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.AlterConfigsRequest.AlterableConfig.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AlterableConfig message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.AlterConfigsRequest.AlterableConfig & samsa.v1.AlterConfigsRequest.AlterableConfig.$Shape} AlterableConfig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.AlterConfigsRequest.AlterableConfig & samsa.v1.AlterConfigsRequest.AlterableConfig.$Shape;

                /**
                 * Creates an AlterableConfig message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns AlterableConfig
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.AlterConfigsRequest.AlterableConfig;

                /**
                 * Creates a plain object from an AlterableConfig message. Also converts values to other types if specified.
                 * @param m AlterableConfig
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.AlterConfigsRequest.AlterableConfig, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AlterableConfig to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AlterableConfig
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AlterableConfig {

                /** Properties of an AlterableConfig. */
                interface $Properties {

                    /** AlterableConfig name */
                    name?: (string|null);

                    /** AlterableConfig value */
                    value?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AlterableConfig. */
                type $Shape = samsa.v1.AlterConfigsRequest.AlterableConfig.$Properties;
            }
        }

        /**
         * Properties of an AlterConfigsResponse.
         * @deprecated Use samsa.v1.AlterConfigsResponse.$Properties instead.
         */
        interface IAlterConfigsResponse extends samsa.v1.AlterConfigsResponse.$Properties {
        }

        /** Represents an AlterConfigsResponse. */
        class AlterConfigsResponse {

            /**
             * Constructs a new AlterConfigsResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.AlterConfigsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AlterConfigsResponse responses. */
            responses: samsa.v1.AlterConfigsResponse.AlterConfigsResourceResponse.$Properties[];

            /**
             * Creates a new AlterConfigsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AlterConfigsResponse instance
             */
            static create(properties: samsa.v1.AlterConfigsResponse.$Shape): samsa.v1.AlterConfigsResponse & samsa.v1.AlterConfigsResponse.$Shape;
            static create(properties?: samsa.v1.AlterConfigsResponse.$Properties): samsa.v1.AlterConfigsResponse;

            /**
             * Encodes the specified AlterConfigsResponse message. Does not implicitly {@link samsa.v1.AlterConfigsResponse.verify|verify} messages.
             * @param m AlterConfigsResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.AlterConfigsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AlterConfigsResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.AlterConfigsResponse & samsa.v1.AlterConfigsResponse.$Shape} AlterConfigsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.AlterConfigsResponse & samsa.v1.AlterConfigsResponse.$Shape;

            /**
             * Creates an AlterConfigsResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns AlterConfigsResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.AlterConfigsResponse;

            /**
             * Creates a plain object from an AlterConfigsResponse message. Also converts values to other types if specified.
             * @param m AlterConfigsResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.AlterConfigsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AlterConfigsResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AlterConfigsResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AlterConfigsResponse {

            /** Properties of an AlterConfigsResponse. */
            interface $Properties {

                /** AlterConfigsResponse responses */
                responses?: (samsa.v1.AlterConfigsResponse.AlterConfigsResourceResponse.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AlterConfigsResponse. */
            type $Shape = samsa.v1.AlterConfigsResponse.$Properties;

            /**
             * Properties of an AlterConfigsResourceResponse.
             * @deprecated Use samsa.v1.AlterConfigsResponse.AlterConfigsResourceResponse.$Properties instead.
             */
            interface IAlterConfigsResourceResponse extends samsa.v1.AlterConfigsResponse.AlterConfigsResourceResponse.$Properties {
            }

            /** Represents an AlterConfigsResourceResponse. */
            class AlterConfigsResourceResponse {

                /**
                 * Constructs a new AlterConfigsResourceResponse.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.AlterConfigsResponse.AlterConfigsResourceResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AlterConfigsResourceResponse errorCode. */
                errorCode: number;

                /** AlterConfigsResourceResponse errorMessage. */
                errorMessage: string;

                /** AlterConfigsResourceResponse resourceType. */
                resourceType: number;

                /** AlterConfigsResourceResponse resourceName. */
                resourceName: string;

                /**
                 * Creates a new AlterConfigsResourceResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AlterConfigsResourceResponse instance
                 */
                static create(properties: samsa.v1.AlterConfigsResponse.AlterConfigsResourceResponse.$Shape): samsa.v1.AlterConfigsResponse.AlterConfigsResourceResponse & samsa.v1.AlterConfigsResponse.AlterConfigsResourceResponse.$Shape;
                static create(properties?: samsa.v1.AlterConfigsResponse.AlterConfigsResourceResponse.$Properties): samsa.v1.AlterConfigsResponse.AlterConfigsResourceResponse;

                /**
                 * Encodes the specified AlterConfigsResourceResponse message. Does not implicitly {@link samsa.v1.AlterConfigsResponse.AlterConfigsResourceResponse.verify|verify} messages.
                 * @param m AlterConfigsResourceResponse message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.AlterConfigsResponse.AlterConfigsResourceResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AlterConfigsResourceResponse message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.AlterConfigsResponse.AlterConfigsResourceResponse & samsa.v1.AlterConfigsResponse.AlterConfigsResourceResponse.$Shape} AlterConfigsResourceResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.AlterConfigsResponse.AlterConfigsResourceResponse & samsa.v1.AlterConfigsResponse.AlterConfigsResourceResponse.$Shape;

                /**
                 * Creates an AlterConfigsResourceResponse message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns AlterConfigsResourceResponse
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.AlterConfigsResponse.AlterConfigsResourceResponse;

                /**
                 * Creates a plain object from an AlterConfigsResourceResponse message. Also converts values to other types if specified.
                 * @param m AlterConfigsResourceResponse
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.AlterConfigsResponse.AlterConfigsResourceResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AlterConfigsResourceResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AlterConfigsResourceResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AlterConfigsResourceResponse {

                /** Properties of an AlterConfigsResourceResponse. */
                interface $Properties {

                    /** AlterConfigsResourceResponse errorCode */
                    errorCode?: (number|null);

                    /** AlterConfigsResourceResponse errorMessage */
                    errorMessage?: (string|null);

                    /** AlterConfigsResourceResponse resourceType */
                    resourceType?: (number|null);

                    /** AlterConfigsResourceResponse resourceName */
                    resourceName?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AlterConfigsResourceResponse. */
                type $Shape = samsa.v1.AlterConfigsResponse.AlterConfigsResourceResponse.$Properties;
            }
        }

        /**
         * Properties of an IncrementalAlterConfigsRequest.
         * @deprecated Use samsa.v1.IncrementalAlterConfigsRequest.$Properties instead.
         */
        interface IIncrementalAlterConfigsRequest extends samsa.v1.IncrementalAlterConfigsRequest.$Properties {
        }

        /** Represents an IncrementalAlterConfigsRequest. */
        class IncrementalAlterConfigsRequest {

            /**
             * Constructs a new IncrementalAlterConfigsRequest.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.IncrementalAlterConfigsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IncrementalAlterConfigsRequest resources. */
            resources: samsa.v1.IncrementalAlterConfigsRequest.AlterConfigsResource.$Properties[];

            /** IncrementalAlterConfigsRequest validateOnly. */
            validateOnly: boolean;

            /**
             * Creates a new IncrementalAlterConfigsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IncrementalAlterConfigsRequest instance
             */
            static create(properties: samsa.v1.IncrementalAlterConfigsRequest.$Shape): samsa.v1.IncrementalAlterConfigsRequest & samsa.v1.IncrementalAlterConfigsRequest.$Shape;
            static create(properties?: samsa.v1.IncrementalAlterConfigsRequest.$Properties): samsa.v1.IncrementalAlterConfigsRequest;

            /**
             * Encodes the specified IncrementalAlterConfigsRequest message. Does not implicitly {@link samsa.v1.IncrementalAlterConfigsRequest.verify|verify} messages.
             * @param m IncrementalAlterConfigsRequest message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.IncrementalAlterConfigsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IncrementalAlterConfigsRequest message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.IncrementalAlterConfigsRequest & samsa.v1.IncrementalAlterConfigsRequest.$Shape} IncrementalAlterConfigsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.IncrementalAlterConfigsRequest & samsa.v1.IncrementalAlterConfigsRequest.$Shape;

            /**
             * Creates an IncrementalAlterConfigsRequest message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns IncrementalAlterConfigsRequest
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.IncrementalAlterConfigsRequest;

            /**
             * Creates a plain object from an IncrementalAlterConfigsRequest message. Also converts values to other types if specified.
             * @param m IncrementalAlterConfigsRequest
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.IncrementalAlterConfigsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IncrementalAlterConfigsRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for IncrementalAlterConfigsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace IncrementalAlterConfigsRequest {

            /** Properties of an IncrementalAlterConfigsRequest. */
            interface $Properties {

                /** IncrementalAlterConfigsRequest resources */
                resources?: (samsa.v1.IncrementalAlterConfigsRequest.AlterConfigsResource.$Properties[]|null);

                /** IncrementalAlterConfigsRequest validateOnly */
                validateOnly?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IncrementalAlterConfigsRequest. */
            type $Shape = samsa.v1.IncrementalAlterConfigsRequest.$Properties;

            /**
             * Properties of an AlterConfigsResource.
             * @deprecated Use samsa.v1.IncrementalAlterConfigsRequest.AlterConfigsResource.$Properties instead.
             */
            interface IAlterConfigsResource extends samsa.v1.IncrementalAlterConfigsRequest.AlterConfigsResource.$Properties {
            }

            /** Represents an AlterConfigsResource. */
            class AlterConfigsResource {

                /**
                 * Constructs a new AlterConfigsResource.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.IncrementalAlterConfigsRequest.AlterConfigsResource.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AlterConfigsResource resourceType. */
                resourceType: number;

                /** AlterConfigsResource resourceName. */
                resourceName: string;

                /** AlterConfigsResource configs. */
                configs: samsa.v1.IncrementalAlterConfigsRequest.AlterableConfig.$Properties[];

                /**
                 * Creates a new AlterConfigsResource instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AlterConfigsResource instance
                 */
                static create(properties: samsa.v1.IncrementalAlterConfigsRequest.AlterConfigsResource.$Shape): samsa.v1.IncrementalAlterConfigsRequest.AlterConfigsResource & samsa.v1.IncrementalAlterConfigsRequest.AlterConfigsResource.$Shape;
                static create(properties?: samsa.v1.IncrementalAlterConfigsRequest.AlterConfigsResource.$Properties): samsa.v1.IncrementalAlterConfigsRequest.AlterConfigsResource;

                /**
                 * Encodes the specified AlterConfigsResource message. Does not implicitly {@link samsa.v1.IncrementalAlterConfigsRequest.AlterConfigsResource.verify|verify} messages.
                 * @param m AlterConfigsResource message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.IncrementalAlterConfigsRequest.AlterConfigsResource.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AlterConfigsResource message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.IncrementalAlterConfigsRequest.AlterConfigsResource & samsa.v1.IncrementalAlterConfigsRequest.AlterConfigsResource.$Shape} AlterConfigsResource
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.IncrementalAlterConfigsRequest.AlterConfigsResource & samsa.v1.IncrementalAlterConfigsRequest.AlterConfigsResource.$Shape;

                /**
                 * Creates an AlterConfigsResource message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns AlterConfigsResource
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.IncrementalAlterConfigsRequest.AlterConfigsResource;

                /**
                 * Creates a plain object from an AlterConfigsResource message. Also converts values to other types if specified.
                 * @param m AlterConfigsResource
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.IncrementalAlterConfigsRequest.AlterConfigsResource, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AlterConfigsResource to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AlterConfigsResource
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AlterConfigsResource {

                /** Properties of an AlterConfigsResource. */
                interface $Properties {

                    /** AlterConfigsResource resourceType */
                    resourceType?: (number|null);

                    /** AlterConfigsResource resourceName */
                    resourceName?: (string|null);

                    /** AlterConfigsResource configs */
                    configs?: (samsa.v1.IncrementalAlterConfigsRequest.AlterableConfig.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AlterConfigsResource. */
                type $Shape = samsa.v1.IncrementalAlterConfigsRequest.AlterConfigsResource.$Properties;
            }

            /**
             * Properties of an AlterableConfig.
             * @deprecated Use samsa.v1.IncrementalAlterConfigsRequest.AlterableConfig.$Properties instead.
             */
            interface IAlterableConfig extends samsa.v1.IncrementalAlterConfigsRequest.AlterableConfig.$Properties {
            }

            /** Represents an AlterableConfig. */
            class AlterableConfig {

                /**
                 * Constructs a new AlterableConfig.
                 * @param [p] Properties to set
                 */
                constructor(p?: samsa.v1.IncrementalAlterConfigsRequest.AlterableConfig.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AlterableConfig name. */
                name: string;

                /** AlterableConfig configOperation. */
                configOperation: number;

                /** AlterableConfig value. */
                value?: (string|null);

                /**
                 * Creates a new AlterableConfig instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AlterableConfig instance
                 */
                static create(properties: samsa.v1.IncrementalAlterConfigsRequest.AlterableConfig.$Shape): samsa.v1.IncrementalAlterConfigsRequest.AlterableConfig & samsa.v1.IncrementalAlterConfigsRequest.AlterableConfig.$Shape;
                static create(properties?: samsa.v1.IncrementalAlterConfigsRequest.AlterableConfig.$Properties): samsa.v1.IncrementalAlterConfigsRequest.AlterableConfig;

                /**
                 * Encodes the specified AlterableConfig message. Does not implicitly {@link samsa.v1.IncrementalAlterConfigsRequest.AlterableConfig.verify|verify} messages.
                 * @param m AlterableConfig message or plain object to encode
                 * @param [w] Writer to encode to
                 * @returns Writer
                 */
                static encode(m: samsa.v1.IncrementalAlterConfigsRequest.AlterableConfig.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AlterableConfig message from the specified reader or buffer.
                 * @param r Reader or buffer to decode from
                 * @param [l] Message length if known beforehand
                 * @returns {samsa.v1.IncrementalAlterConfigsRequest.AlterableConfig & samsa.v1.IncrementalAlterConfigsRequest.AlterableConfig.$Shape} AlterableConfig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.IncrementalAlterConfigsRequest.AlterableConfig & samsa.v1.IncrementalAlterConfigsRequest.AlterableConfig.$Shape;

                /**
                 * Creates an AlterableConfig message from a plain object. Also converts values to their respective internal types.
                 * @param d Plain object
                 * @returns AlterableConfig
                 */
                static fromObject(d: { [k: string]: any }): samsa.v1.IncrementalAlterConfigsRequest.AlterableConfig;

                /**
                 * Creates a plain object from an AlterableConfig message. Also converts values to other types if specified.
                 * @param m AlterableConfig
                 * @param [o] Conversion options
                 * @returns Plain object
                 */
                static toObject(m: samsa.v1.IncrementalAlterConfigsRequest.AlterableConfig, o?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AlterableConfig to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AlterableConfig
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AlterableConfig {

                /** Properties of an AlterableConfig. */
                interface $Properties {

                    /** AlterableConfig name */
                    name?: (string|null);

                    /** AlterableConfig configOperation */
                    configOperation?: (number|null);

                    /** AlterableConfig value */
                    value?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AlterableConfig. */
                type $Shape = samsa.v1.IncrementalAlterConfigsRequest.AlterableConfig.$Properties;
            }
        }

        /**
         * Properties of an IncrementalAlterConfigsResponse.
         * @deprecated Use samsa.v1.IncrementalAlterConfigsResponse.$Properties instead.
         */
        interface IIncrementalAlterConfigsResponse extends samsa.v1.IncrementalAlterConfigsResponse.$Properties {
        }

        /** Represents an IncrementalAlterConfigsResponse. */
        class IncrementalAlterConfigsResponse {

            /**
             * Constructs a new IncrementalAlterConfigsResponse.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.IncrementalAlterConfigsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IncrementalAlterConfigsResponse responses. */
            responses: samsa.v1.AlterConfigsResponse.AlterConfigsResourceResponse.$Properties[];

            /**
             * Creates a new IncrementalAlterConfigsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IncrementalAlterConfigsResponse instance
             */
            static create(properties: samsa.v1.IncrementalAlterConfigsResponse.$Shape): samsa.v1.IncrementalAlterConfigsResponse & samsa.v1.IncrementalAlterConfigsResponse.$Shape;
            static create(properties?: samsa.v1.IncrementalAlterConfigsResponse.$Properties): samsa.v1.IncrementalAlterConfigsResponse;

            /**
             * Encodes the specified IncrementalAlterConfigsResponse message. Does not implicitly {@link samsa.v1.IncrementalAlterConfigsResponse.verify|verify} messages.
             * @param m IncrementalAlterConfigsResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.IncrementalAlterConfigsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IncrementalAlterConfigsResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.IncrementalAlterConfigsResponse & samsa.v1.IncrementalAlterConfigsResponse.$Shape} IncrementalAlterConfigsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.IncrementalAlterConfigsResponse & samsa.v1.IncrementalAlterConfigsResponse.$Shape;

            /**
             * Creates an IncrementalAlterConfigsResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns IncrementalAlterConfigsResponse
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.IncrementalAlterConfigsResponse;

            /**
             * Creates a plain object from an IncrementalAlterConfigsResponse message. Also converts values to other types if specified.
             * @param m IncrementalAlterConfigsResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.IncrementalAlterConfigsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IncrementalAlterConfigsResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for IncrementalAlterConfigsResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace IncrementalAlterConfigsResponse {

            /** Properties of an IncrementalAlterConfigsResponse. */
            interface $Properties {

                /** IncrementalAlterConfigsResponse responses */
                responses?: (samsa.v1.AlterConfigsResponse.AlterConfigsResourceResponse.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IncrementalAlterConfigsResponse. */
            type $Shape = samsa.v1.IncrementalAlterConfigsResponse.$Properties;
        }

        /**
         * Properties of a RecordSet.
         * @deprecated Use samsa.v1.RecordSet.$Properties instead.
         */
        interface IRecordSet extends samsa.v1.RecordSet.$Properties {
        }

        /** Represents a RecordSet. */
        class RecordSet {

            /**
             * Constructs a new RecordSet.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.RecordSet.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RecordSet records. */
            records: samsa.v1.Record.$Properties[];

            /**
             * Creates a new RecordSet instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RecordSet instance
             */
            static create(properties: samsa.v1.RecordSet.$Shape): samsa.v1.RecordSet & samsa.v1.RecordSet.$Shape;
            static create(properties?: samsa.v1.RecordSet.$Properties): samsa.v1.RecordSet;

            /**
             * Encodes the specified RecordSet message. Does not implicitly {@link samsa.v1.RecordSet.verify|verify} messages.
             * @param m RecordSet message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.RecordSet.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RecordSet message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.RecordSet & samsa.v1.RecordSet.$Shape} RecordSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.RecordSet & samsa.v1.RecordSet.$Shape;

            /**
             * Creates a RecordSet message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns RecordSet
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.RecordSet;

            /**
             * Creates a plain object from a RecordSet message. Also converts values to other types if specified.
             * @param m RecordSet
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.RecordSet, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RecordSet to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RecordSet
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RecordSet {

            /** Properties of a RecordSet. */
            interface $Properties {

                /** RecordSet records */
                records?: (samsa.v1.Record.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RecordSet. */
            type $Shape = samsa.v1.RecordSet.$Properties;
        }

        /**
         * Properties of a Record.
         * @deprecated Use samsa.v1.Record.$Properties instead.
         */
        interface IRecord extends samsa.v1.Record.$Properties {
        }

        /** Represents a Record. */
        class Record {

            /**
             * Constructs a new Record.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.Record.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Record timestampDelta. */
            timestampDelta: number;

            /** Record offsetDelta. */
            offsetDelta: number;

            /** Record key. */
            key?: (Uint8Array|null);

            /** Record value. */
            value?: (Uint8Array|null);

            /** Record headers. */
            headers: samsa.v1.Header.$Properties[];

            /**
             * Creates a new Record instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Record instance
             */
            static create(properties: samsa.v1.Record.$Shape): samsa.v1.Record & samsa.v1.Record.$Shape;
            static create(properties?: samsa.v1.Record.$Properties): samsa.v1.Record;

            /**
             * Encodes the specified Record message. Does not implicitly {@link samsa.v1.Record.verify|verify} messages.
             * @param m Record message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.Record.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Record message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.Record & samsa.v1.Record.$Shape} Record
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.Record & samsa.v1.Record.$Shape;

            /**
             * Creates a Record message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Record
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.Record;

            /**
             * Creates a plain object from a Record message. Also converts values to other types if specified.
             * @param m Record
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.Record, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Record to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Record
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Record {

            /** Properties of a Record. */
            interface $Properties {

                /** Record timestampDelta */
                timestampDelta?: (number|null);

                /** Record offsetDelta */
                offsetDelta?: (number|null);

                /** Record key */
                key?: (Uint8Array|null);

                /** Record value */
                value?: (Uint8Array|null);

                /** Record headers */
                headers?: (samsa.v1.Header.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Record. */
            type $Shape = samsa.v1.Record.$Properties;
        }

        /**
         * Properties of a Header.
         * @deprecated Use samsa.v1.Header.$Properties instead.
         */
        interface IHeader extends samsa.v1.Header.$Properties {
        }

        /** Represents a Header. */
        class Header {

            /**
             * Constructs a new Header.
             * @param [p] Properties to set
             */
            constructor(p?: samsa.v1.Header.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Header key. */
            key: string;

            /** Header value. */
            value?: (Uint8Array|null);

            /**
             * Creates a new Header instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Header instance
             */
            static create(properties: samsa.v1.Header.$Shape): samsa.v1.Header & samsa.v1.Header.$Shape;
            static create(properties?: samsa.v1.Header.$Properties): samsa.v1.Header;

            /**
             * Encodes the specified Header message. Does not implicitly {@link samsa.v1.Header.verify|verify} messages.
             * @param m Header message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: samsa.v1.Header.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Header message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {samsa.v1.Header & samsa.v1.Header.$Shape} Header
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): samsa.v1.Header & samsa.v1.Header.$Shape;

            /**
             * Creates a Header message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Header
             */
            static fromObject(d: { [k: string]: any }): samsa.v1.Header;

            /**
             * Creates a plain object from a Header message. Also converts values to other types if specified.
             * @param m Header
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: samsa.v1.Header, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Header to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Header
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Header {

            /** Properties of a Header. */
            interface $Properties {

                /** Header key */
                key?: (string|null);

                /** Header value */
                value?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Header. */
            type $Shape = samsa.v1.Header.$Properties;
        }
    }
}
