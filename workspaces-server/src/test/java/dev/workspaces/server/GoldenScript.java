package dev.workspaces.server;

import dev.workspaces.server.GoldenStep.Caller;
import dev.workspaces.server.GoldenStep.Capture;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The fixed request script whose wire transcript {@link WireGoldenScriptTest} pins: every simulated
 * operation accepted and refused (request-level errors and per-item {@code FailedRequests}), schema
 * violations, protocol errors, two accounts sharing an image and a connection alias, account link
 * invitations accepted, rejected and withdrawn, three regions, the admin endpoints,
 * and virtual time advanced between steps so that asynchronous states complete. It ends with the
 * state dump.
 *
 * <p>Bodies are written with single quotes, turned into double quotes when the step is made (no
 * body needs a literal single quote); {@code ${name}} refers to a value an earlier step captured.
 */
final class GoldenScript {
  /** The seed of the endpoint's state. */
  static final long SEED = 16;

  private static final Caller A = new Caller("111122223333", "us-east-1");
  private static final Caller B = new Caller("444455556666", "us-east-1");
  private static final Caller A_EU = new Caller("111122223333", "eu-west-1");
  private static final Caller C = new Caller("777788889999", "us-east-1");
  private static final Caller D = new Caller("121212121212", "us-east-1");
  private static final Caller A_GOV = new Caller("111122223333", "us-gov-west-1");

  private static final String D1 = "d-1234567890";
  private static final String D2 = "d-abcdef0123";
  private static final String D3 = "d-fedcba9876";
  private static final String D_INACTIVE = "d-0000000bad";
  private static final String D_UNREGISTERED = "d-0123456789";
  private static final String WINDOWS = "wsb-1st2n8b5c";
  private static final String LINUX = "wsb-8sl9q5i2j";
  private static final String NO_WORKSPACE = "ws-000000000";
  private static final String NO_IMAGE = "wsi-000000000";
  private static final String NO_BUNDLE = "wsb-zzzzzzzzz";
  private static final String NO_GROUP = "wsipg-000000000";
  private static final String NO_ALIAS = "wsca-000000000";
  private static final String D_B = "d-4444444444";
  private static final long MINUTE = 60;
  private static final long DAY = 24 * 60 * MINUTE;

  private final List<GoldenStep> steps = new ArrayList<>();

  private GoldenScript() {}

  /** Returns the script's steps, in the order they are sent. */
  static List<GoldenStep> steps() {
    GoldenScript script = new GoldenScript();
    script.protocol();
    script.directories();
    script.newWorkspaces();
    script.runningWorkspaces();
    script.newImages();
    script.settledImages();
    script.ipGroups();
    script.connectionAliases();
    script.accountLinks();
    script.laterImages();
    script.teardown();
    script.monthLater();
    return List.copyOf(script.steps);
  }

  /** Requests the endpoint refuses before any operation runs, and the admin endpoints' own errors. */
  private void protocol() {
    admin("GET", "/_admin/state", "");
    send(Optional.empty(), Optional.of(A), "{}");
    send(Optional.of("WorkspacesService.NoSuchOperation"), Optional.of(A), "{}");
    send(Optional.of("OtherService.DescribeWorkspaces"), Optional.of(A), "{}");
    call(A, "DescribeAccount", "{}");
    send(Optional.of("WorkspacesService.DescribeWorkspaces"), Optional.of(A), "{\"Limit\":");
    send(Optional.of("WorkspacesService.DescribeWorkspaces"), Optional.of(A), "[]");
    call(A, "DescribeWorkspaces", "{'Limit':'ten'}");
    call(A, "DescribeWorkspaces", "{'Limit':0}");
    send(Optional.of("WorkspacesService.DescribeWorkspaces"), Optional.empty(), "{}");
    admin("GET", "/", "");
    admin("GET", "/elsewhere", "");
    admin("GET", "/_admin/advance", "");
    admin("POST", "/_admin/nothing", "{}");
    admin("POST", "/_admin/advance", "{'seconds':-5}");
    admin("POST", "/_admin/advance", "{'seconds':'soon'}");
    admin("POST", "/_admin/directories", "{}");
  }

  /** Directory registration while REGISTERING and once REGISTERED, settings, and bundle queries. */
  private void directories() {
    admin("POST", "/_admin/directories", "{'DirectoryId':'" + D_INACTIVE + "','Active':false}");
    admin("POST", "/_admin/directories", "{'DirectoryId':'" + D2 + "','Name':'corp.example.org',"
        + "'Type':'AD_CONNECTOR','Subnets':[{'SubnetId':'subnet-0000000a','AvailabilityZone':'us-east-1a'},"
        + "{'SubnetId':'subnet-0000000b','AvailabilityZone':'us-east-1a'},"
        + "{'SubnetId':'subnet-0000000c','AvailabilityZone':'us-east-1c'}],'Active':true}");
    call(A, "RegisterWorkspaceDirectory", "{}");
    call(A, "RegisterWorkspaceDirectory", "{'DirectoryId':'not-a-directory'}");
    call(A, "RegisterWorkspaceDirectory", "{'DirectoryId':'" + D_INACTIVE + "'}");
    call(A, "RegisterWorkspaceDirectory", "{'DirectoryId':'" + D2 + "','SubnetIds':['subnet-0000000f']}");
    call(A, "RegisterWorkspaceDirectory", "{'DirectoryId':'" + D2 + "','SubnetIds':['subnet-0000000a','subnet-0000000b']}");
    call(A, "RegisterWorkspaceDirectory", "{'DirectoryId':'" + D2 + "','Tenancy':'DEDICATED'}");
    call(A, "RegisterWorkspaceDirectory", "{'DirectoryId':'" + D2 + "','Tags':" + tags(51) + "}");
    call(A, "RegisterWorkspaceDirectory", "{'DirectoryId':'" + D1 + "','EnableSelfService':true,"
        + "'WorkspaceDirectoryName':'Main directory','Tags':[{'Key':'team','Value':'blue'}]}");
    call(A, "RegisterWorkspaceDirectory", "{'DirectoryId':'" + D1 + "'}");
    call(A, "RegisterWorkspaceDirectory", "{'DirectoryId':'" + D2 + "','SubnetIds':['subnet-0000000a','subnet-0000000c']}");
    call(A, "DescribeWorkspaceDirectories", "{}");
    call(A, "ModifyWorkspaceCreationProperties", "{'ResourceId':'" + D1 + "',"
        + "'WorkspaceCreationProperties':{'EnableInternetAccess':true}}");
    call(A, "DeregisterWorkspaceDirectory", "{'DirectoryId':'" + D1 + "'}");
    call(A, "CreateWorkspaces", "{'Workspaces':[{'DirectoryId':'" + D1 + "','UserName':'early',"
        + "'BundleId':'" + WINDOWS + "'}]}");
    advance(MINUTE);

    call(A, "DescribeWorkspaceDirectories", "{}");
    call(A, "DescribeWorkspaceDirectories", "{'Limit':1}", take("directoryPage", "NextToken"));
    call(A, "DescribeWorkspaceDirectories", "{'Limit':1,'NextToken':'${directoryPage}'}");
    call(A, "DescribeWorkspaceDirectories", "{'NextToken':'not-issued'}");
    call(A, "DescribeWorkspaceDirectories", "{'DirectoryIds':['" + D2 + "','" + D_UNREGISTERED + "']}");
    call(A, "DescribeWorkspaceDirectories", "{'Filters':[{'Name':'WORKSPACE_TYPE','Values':['PERSONAL']}]}");
    call(A, "DescribeWorkspaceDirectories", "{'Filters':[{'Name':'COLOUR','Values':['blue']}]}");
    call(A, "DescribeWorkspaceDirectories", "{'WorkspaceDirectoryNames':['Main directory']}");
    call(A, "ModifyWorkspaceCreationProperties", "{'ResourceId':'" + D1 + "',"
        + "'WorkspaceCreationProperties':{'EnableInternetAccess':true,'UserEnabledAsLocalAdministrator':false}}");
    call(A, "ModifyWorkspaceCreationProperties", "{'ResourceId':'" + D_UNREGISTERED + "',"
        + "'WorkspaceCreationProperties':{'EnableInternetAccess':true}}");
    call(A, "ModifyWorkspaceCreationProperties", "{'ResourceId':'" + D1 + "'}");
    call(A, "ModifySelfservicePermissions", "{'ResourceId':'" + D1 + "',"
        + "'SelfservicePermissions':{'RebuildWorkspace':'DISABLED'}}");
    call(A, "ModifySelfservicePermissions", "{'ResourceId':'" + D_UNREGISTERED + "',"
        + "'SelfservicePermissions':{'RebuildWorkspace':'DISABLED'}}");
    call(A, "ModifyWorkspaceAccessProperties", "{'ResourceId':'" + D1 + "',"
        + "'WorkspaceAccessProperties':{'DeviceTypeWeb':'ALLOW','DeviceTypeLinux':'DENY'}}");
    call(A, "ModifyWorkspaceAccessProperties", "{'ResourceId':'" + D_UNREGISTERED + "',"
        + "'WorkspaceAccessProperties':{'DeviceTypeWeb':'ALLOW'}}");
    call(A, "ModifyClientProperties", "{'ResourceId':'" + D1 + "','ClientProperties':{'ReconnectEnabled':'DISABLED'}}");
    call(A, "ModifyClientProperties", "{'ResourceId':'" + D_UNREGISTERED + "',"
        + "'ClientProperties':{'ReconnectEnabled':'DISABLED'}}");
    call(A, "DescribeClientProperties", "{'ResourceIds':['" + D2 + "','" + D1 + "','" + D1 + "']}");
    call(A, "DescribeClientProperties", "{'ResourceIds':['" + D1 + "','" + D_UNREGISTERED + "']}");
    call(A, "DescribeClientProperties", "{'ResourceIds':[]}");
    call(A, "DescribeWorkspaceDirectories", "{'DirectoryIds':['" + D1 + "']}");
    call(A, "DescribeWorkspaceBundles", "{}");
    call(A, "DescribeWorkspaceBundles", "{'Owner':'AMAZON'}");
    call(A, "DescribeWorkspaceBundles", "{'BundleIds':['" + WINDOWS + "','" + NO_BUNDLE + "']}");
    call(A, "DescribeWorkspaceBundles", "{'BundleIds':['" + WINDOWS + "'],'Owner':'AMAZON'}");
    call(A, "DescribeWorkspaceBundles", "{'Owner':'someone'}");
    call(A, "DescribeWorkspaceBundles", "{'NextToken':'not-issued'}");
  }

  /** CreateWorkspaces with accepted and failed items, and what PENDING WorkSpaces refuse. */
  private void newWorkspaces() {
    call(A, "CreateWorkspaces", "{'Workspaces':["
        + item(D1, "alice", WINDOWS, ",'Tags':[{'Key':'owner','Value':'alice'}]") + ","
        + item(D1, "bob", LINUX, ",'WorkspaceProperties':{'RunningMode':'ALWAYS_ON'}") + ","
        + item(D1, "carol", WINDOWS, ",'WorkspaceProperties':{'RunningMode':'AUTO_STOP',"
            + "'RunningModeAutoStopTimeoutInMinutes':120}") + ","
        + item(D1, "[UNDEFINED]", WINDOWS, ",'WorkspaceName':'pool-1'") + ","
        + item(D2, "erin", WINDOWS, "") + ","
        + item(D1, "frank", WINDOWS, "") + ","
        + item(D1, "mia", WINDOWS, "") + ","
        + item(D1, "tom", WINDOWS, "") + ","
        + item(D1, "alice", WINDOWS, "") + ","
        + item(D1, "[UNDEFINED]", WINDOWS, "") + ","
        + item(D1, "dave", WINDOWS, ",'WorkspaceName':'dave-desk'") + ","
        + item(D_UNREGISTERED, "gina", WINDOWS, "") + ","
        + item(D1, "hank", NO_BUNDLE, "") + ","
        + item(D1, "ivan", WINDOWS, ",'WorkspaceProperties':{'RunningModeAutoStopTimeoutInMinutes':45}") + ","
        + item(D1, "jack", WINDOWS, ",'WorkspaceProperties':{'RunningMode':'ALWAYS_ON',"
            + "'RunningModeAutoStopTimeoutInMinutes':60}") + ","
        + item(D1, "kim", WINDOWS, ",'WorkspaceProperties':{'RootVolumeSizeGib':0}") + "]}",
        take("alice", "WorkspaceId", 1), take("bob", "WorkspaceId", 2), take("carol", "WorkspaceId", 3),
        take("pool", "WorkspaceId", 4), take("erin", "WorkspaceId", 5), take("frank", "WorkspaceId", 6),
        take("mia", "WorkspaceId", 7), take("tom", "WorkspaceId", 8));
    call(A, "CreateWorkspaces", "{'Workspaces':[]}");
    call(A, "CreateWorkspaces", "{'Workspaces':[{'DirectoryId':'" + D1 + "','UserName':'nobundle'}]}");
    call(A, "DescribeWorkspaces", "{}");
    call(A, "DescribeWorkspaces", "{'Limit':3}", take("workspacePage", "NextToken"));
    call(A, "DescribeWorkspaces", "{'Limit':3,'NextToken':'${workspacePage}'}");
    call(A, "DescribeWorkspaces", "{'NextToken':'not-issued'}");
    call(A, "DescribeWorkspaces", "{'WorkspaceIds':['${alice}'],'DirectoryId':'" + D1 + "'}");
    call(A, "DescribeWorkspaces", "{'UserName':'alice'}");
    call(A, "DescribeWorkspaces", "{'DirectoryId':'" + D1 + "','UserName':'alice'}");
    call(A, "DescribeWorkspaces", "{'DirectoryId':'" + D2 + "'}");
    call(A, "DescribeWorkspaces", "{'BundleId':'" + LINUX + "'}");
    call(A, "DescribeWorkspaces", "{'WorkspaceName':'pool-1'}");
    call(A, "DescribeWorkspaces", "{'WorkspaceIds':['${bob}','" + NO_WORKSPACE + "','${alice}']}");
    call(A, "DescribeWorkspacesConnectionStatus", "{}");
    call(A, "DescribeWorkspacesConnectionStatus", "{'WorkspaceIds':['${carol}','" + NO_WORKSPACE + "']}");
    call(A, "DescribeWorkspacesConnectionStatus", "{'NextToken':'not-issued'}");
    call(A, "RebootWorkspaces", "{'RebootWorkspaceRequests':[{'WorkspaceId':'${alice}'},"
        + "{'WorkspaceId':'" + NO_WORKSPACE + "'}]}");
    call(A, "RebootWorkspaces", "{'RebootWorkspaceRequests':[{}]}");
    call(A, "StopWorkspaces", "{'StopWorkspaceRequests':[{'WorkspaceId':'${carol}'}]}");
    call(A, "StartWorkspaces", "{'StartWorkspaceRequests':[{'WorkspaceId':'${carol}'}]}");
    call(A, "RebuildWorkspaces", "{'RebuildWorkspaceRequests':[{'WorkspaceId':'${alice}'}]}");
    call(A, "TerminateWorkspaces", "{'TerminateWorkspaceRequests':[{'WorkspaceId':'" + NO_WORKSPACE + "'}]}");
    call(A, "RestoreWorkspace", "{'WorkspaceId':'${alice}'}");
    call(A, "RestoreWorkspace", "{'WorkspaceId':'" + NO_WORKSPACE + "'}");
    call(A, "RestoreWorkspace", "{'WorkspaceId':'not-a-workspace'}");
    call(A, "ModifyWorkspaceState", "{'WorkspaceId':'${alice}','WorkspaceState':'ADMIN_MAINTENANCE'}");
    call(A, "ModifyWorkspaceState", "{'WorkspaceId':'" + NO_WORKSPACE + "','WorkspaceState':'AVAILABLE'}");
    call(A, "ModifyWorkspaceState", "{'WorkspaceId':'${alice}','WorkspaceState':'ASLEEP'}");
    call(A, "ModifyWorkspaceProperties", "{'WorkspaceId':'${alice}','WorkspaceProperties':{'RunningMode':'ALWAYS_ON'}}");
    call(A, "ModifyWorkspaceProperties", "{'WorkspaceId':'" + NO_WORKSPACE + "',"
        + "'WorkspaceProperties':{'RunningMode':'ALWAYS_ON'}}");
    call(A, "MigrateWorkspace", "{'SourceWorkspaceId':'${alice}','BundleId':'" + LINUX + "'}");
    call(A, "MigrateWorkspace", "{'SourceWorkspaceId':'" + NO_WORKSPACE + "','BundleId':'" + LINUX + "'}");
    call(A, "CreateWorkspaceImage", "{'Name':'too-early','Description':'too early','WorkspaceId':'${alice}'}");
    call(A, "CreateWorkspaceImage", "{'Name':'nothing','Description':'nothing','WorkspaceId':'" + NO_WORKSPACE + "'}");
    call(A, "DescribeWorkspaceSnapshots", "{'WorkspaceId':'${alice}'}");
    call(A, "DescribeWorkspaceSnapshots", "{'WorkspaceId':'" + NO_WORKSPACE + "'}");
    advance(20 * MINUTE);
  }

  /** Tags, the batch actions and single-WorkSpace changes on AVAILABLE WorkSpaces. */
  private void runningWorkspaces() {
    call(A, "DescribeWorkspaces", "{'DirectoryId':'" + D1 + "'}");
    call(A, "DescribeWorkspacesConnectionStatus", "{}");
    call(A, "DescribeWorkspaceSnapshots", "{'WorkspaceId':'${alice}'}");
    call(A, "CreateTags", "{'ResourceId':'${alice}','Tags':[{'Key':'team','Value':'red'},{'Key':'owner','Value':'al'}]}");
    call(A, "CreateTags", "{'ResourceId':'" + D1 + "','Tags':[{'Key':'cost-centre','Value':'42'},"
        + "{'Key':'note','Value':'Gr\u00fc\u00dfe \u2013 \\\"quoted\\\" \\\\ tab\\there \\u00e9'}]}");
    call(A, "CreateTags", "{'ResourceId':'" + NO_WORKSPACE + "','Tags':[{'Key':'team','Value':'red'}]}");
    call(A, "CreateTags", "{'ResourceId':'${alice}','Tags':" + tags(49) + "}");
    call(A, "CreateTags", "{'ResourceId':'${alice}','Tags':[{}]}");
    call(A, "DescribeTags", "{'ResourceId':'${alice}'}");
    call(A, "DescribeTags", "{'ResourceId':'" + D1 + "'}");
    call(A, "DescribeTags", "{'ResourceId':'" + NO_WORKSPACE + "'}");
    call(A, "DeleteTags", "{'ResourceId':'${alice}','TagKeys':['team','absent']}");
    call(A, "DeleteTags", "{'ResourceId':'" + NO_WORKSPACE + "','TagKeys':['team']}");
    call(A, "DescribeTags", "{'ResourceId':'${alice}'}");
    call(B, "DescribeTags", "{'ResourceId':'${alice}'}");
    call(A, "RebootWorkspaces", "{'RebootWorkspaceRequests':[{'WorkspaceId':'${alice}'},"
        + "{'WorkspaceId':'" + NO_WORKSPACE + "'},{'WorkspaceId':'${alice}'}]}");
    call(A, "StopWorkspaces", "{'StopWorkspaceRequests':[{'WorkspaceId':'${bob}'},{'WorkspaceId':'${carol}'}]}");
    call(A, "StartWorkspaces", "{'StartWorkspaceRequests':[{'WorkspaceId':'${alice}'}]}");
    call(A, "RebuildWorkspaces", "{'RebuildWorkspaceRequests':[{'WorkspaceId':'${pool}'}]}");
    call(A, "RebuildWorkspaces", "{'RebuildWorkspaceRequests':[{'WorkspaceId':'${carol}'}]}");
    call(A, "RebuildWorkspaces", "{'RebuildWorkspaceRequests':[{'WorkspaceId':'${alice}'},{'WorkspaceId':'${bob}'}]}");
    call(A, "ModifyWorkspaceState", "{'WorkspaceId':'${frank}','WorkspaceState':'ADMIN_MAINTENANCE'}");
    call(A, "RebootWorkspaces", "{'RebootWorkspaceRequests':[{'WorkspaceId':'${frank}'}]}");
    call(A, "ModifyWorkspaceState", "{'WorkspaceId':'${frank}','WorkspaceState':'AVAILABLE'}");
    call(A, "ModifyWorkspaceState", "{'WorkspaceId':'${carol}','WorkspaceState':'AVAILABLE'}");
    call(A, "ModifyWorkspaceProperties", "{'WorkspaceId':'${bob}',"
        + "'WorkspaceProperties':{'RunningMode':'AUTO_STOP','RunningModeAutoStopTimeoutInMinutes':60}}");
    call(A, "ModifyWorkspaceProperties", "{'WorkspaceId':'${bob}','WorkspaceProperties':{'ComputeTypeName':'VALUE'}}");
    call(A, "ModifyWorkspaceProperties", "{'WorkspaceId':'${bob}','WorkspaceProperties':{'UserVolumeSizeGib':200}}");
    call(A, "ModifyWorkspaceProperties", "{'WorkspaceId':'${erin}',"
        + "'WorkspaceProperties':{'RunningModeAutoStopTimeoutInMinutes':45}}");
    call(A, "RestoreWorkspace", "{'WorkspaceId':'${erin}'}");
    call(A, "MigrateWorkspace", "{'SourceWorkspaceId':'${mia}','BundleId':'" + NO_BUNDLE + "'}");
    call(A, "MigrateWorkspace", "{'SourceWorkspaceId':'${mia}','BundleId':'" + LINUX + "'}",
        take("miaLinux", "TargetWorkspaceId"));
    call(A, "TerminateWorkspaces", "{'TerminateWorkspaceRequests':[{'WorkspaceId':'${tom}'},"
        + "{'WorkspaceId':'" + NO_WORKSPACE + "'}]}");
    call(A, "DescribeWorkspaces", "{}");
    call(A, "DescribeWorkspacesConnectionStatus", "{'WorkspaceIds':['${miaLinux}','${mia}','${alice}']}");
  }

  /** Images made, imported and copied while they are PENDING, and what a PENDING image refuses. */
  private void newImages() {
    call(A, "CreateWorkspaceImage", "{'Name':'golden-image','Description':'Golden image',"
        + "'WorkspaceId':'${frank}','Tags':[{'Key':'stage','Value':'gold'}]}", take("golden", "ImageId"));
    call(A, "CreateWorkspaceImage", "{'Name':'second-image','Description':'Second','WorkspaceId':'${frank}'}");
    call(A, "ImportWorkspaceImage", "{'Ec2ImageId':'ami-0123456789abcdef0','IngestionProcess':'BYOL_REGULAR',"
        + "'ImageName':'byol-image','ImageDescription':'Imported','Applications':['Microsoft_Office_2019']}",
        take("byol", "ImageId"));
    call(A, "ImportWorkspaceImage", "{'Ec2ImageId':'ami-0123456789abcdef1','IngestionProcess':'BYOL_REGULAR',"
        + "'ImageName':'byol-image','ImageDescription':'Imported again'}");
    call(A, "ImportWorkspaceImage", "{'Ec2ImageId':'ami-0123456789abcdef2','IngestionProcess':'BYOL_REGULAR',"
        + "'ImageName':'tagged-image','ImageDescription':'Tagged','Tags':" + tags(51) + "}");
    call(A, "ImportWorkspaceImage", "{'Ec2ImageId':'ami-xyz','IngestionProcess':'BYOL_REGULAR',"
        + "'ImageName':'bad-ami','ImageDescription':'Bad'}");
    call(A, "ImportCustomWorkspaceImage", customImport("custom-image"), take("custom", "ImageId"));
    call(A, "ImportCustomWorkspaceImage", customImport("custom-image"));
    call(A, "DescribeCustomWorkspaceImageImport", "{'ImageId':'${custom}'}");
    call(A, "DescribeCustomWorkspaceImageImport", "{'ImageId':'${byol}'}");
    call(A, "CreateUpdatedWorkspaceImage", "{'Name':'golden-next','Description':'Next','SourceImageId':'${golden}'}");
    call(A, "CreateUpdatedWorkspaceImage", "{'Name':'none-next','Description':'Next','SourceImageId':'" + NO_IMAGE + "'}");
    call(A, "DeleteWorkspaceImage", "{'ImageId':'${byol}'}");
    call(A, "CreateWorkspaceBundle", bundle("early-bundle", "${golden}", ""));
    call(A, "CreateWorkspaceBundle", bundle("no-bundle", NO_IMAGE, ""));
    call(A, "UpdateWorkspaceImagePermission", "{'ImageId':'${golden}','AllowCopyImage':true,"
        + "'SharedAccountId':'" + B.account() + "'}");
    call(A, "UpdateWorkspaceImagePermission", "{'ImageId':'${golden}','AllowCopyImage':true,"
        + "'SharedAccountId':'" + A.account() + "'}");
    call(A, "UpdateWorkspaceImagePermission", "{'ImageId':'" + NO_IMAGE + "','AllowCopyImage':true,"
        + "'SharedAccountId':'" + B.account() + "'}");
    call(A_EU, "CopyWorkspaceImage", "{'Name':'golden-eu','SourceImageId':'${golden}','SourceRegion':'us-east-1'}");
    call(A, "DescribeWorkspaceImages", "{}");
    call(A, "DescribeWorkspaceImages", "{'MaxResults':2}", take("imagePage", "NextToken"));
    call(A, "DescribeWorkspaceImages", "{'MaxResults':2,'NextToken':'${imagePage}'}");
    call(A, "DescribeWorkspaceImages", "{'NextToken':'not-issued'}");
    call(A, "DescribeWorkspaces", "{'WorkspaceIds':['${frank}']}");
    advance(45 * MINUTE);
  }

  /** AVAILABLE images: bundles over them, sharing with account B, copies to another region. */
  private void settledImages() {
    call(A, "DescribeWorkspaces", "{}");
    call(A, "DescribeWorkspaceImages", "{'ImageType':'OWNED'}");
    call(A, "DescribeCustomWorkspaceImageImport", "{'ImageId':'${custom}'}");
    call(A, "StartWorkspaces", "{'StartWorkspaceRequests':[{'WorkspaceId':'${carol}'},{'WorkspaceId':'${alice}'}]}");
    call(A, "TerminateWorkspaces", "{'TerminateWorkspaceRequests':[{'WorkspaceId':'${tom}'},{'WorkspaceId':'${mia}'}]}");
    call(A, "CreateWorkspaceImage", "{'Name':'golden-image','Description':'Again','WorkspaceId':'${frank}'}");
    call(A, "CreateWorkspaceImage", "{'Name':'frank-tagged','Description':'Tagged','WorkspaceId':'${frank}',"
        + "'Tags':" + tags(51) + "}");
    call(A, "CreateWorkspaceImage", "{'Name':'linux-image','Description':'Linux','WorkspaceId':'${bob}'}",
        take("linux", "ImageId"));
    call(A, "CreateWorkspaceBundle", bundle("golden-bundle", "${golden}", ",'Tags':[{'Key':'stage','Value':'gold'}]"),
        take("bundle", "BundleId"));
    call(A, "CreateWorkspaceBundle", bundle("golden-bundle", "${golden}", ""));
    call(A, "CreateWorkspaceBundle", bundle("tagged-bundle", "${golden}", ",'Tags':" + tags(51)));
    call(A, "CreateWorkspaceBundle", "{'BundleName':'no-storage','BundleDescription':'x','ImageId':'${golden}',"
        + "'ComputeType':{'Name':'STANDARD'}}");
    call(A, "DescribeWorkspaceBundles", "{}");
    call(A, "DescribeWorkspaceBundles", "{'Owner':'" + A.account() + "'}");
    call(A, "DescribeWorkspaceBundles", "{'Owner':'" + B.account() + "'}");
    call(A, "DescribeWorkspaceBundles", "{'BundleIds':['${bundle}','" + LINUX + "']}");
    call(A, "CreateWorkspaces", "{'Workspaces':[" + item(D1, "nina", "${bundle}", "") + "]}", take("nina", "WorkspaceId"));
    call(A, "UpdateWorkspaceBundle", "{}");
    call(A, "UpdateWorkspaceBundle", "{'BundleId':'" + WINDOWS + "','ImageId':'${golden}'}");
    call(A, "UpdateWorkspaceBundle", "{'BundleId':'" + NO_BUNDLE + "','ImageId':'${golden}'}");
    call(A, "UpdateWorkspaceBundle", "{'BundleId':'${bundle}','ImageId':'" + NO_IMAGE + "'}");
    call(A, "UpdateWorkspaceBundle", "{'BundleId':'${bundle}','ImageId':'${linux}'}");
    call(A, "UpdateWorkspaceBundle", "{'BundleId':'${bundle}','ImageId':'${byol}'}");
    call(A, "DeleteWorkspaceImage", "{'ImageId':'${byol}'}");
    call(A, "DeleteWorkspaceImage", "{'ImageId':'" + NO_IMAGE + "'}");
    call(A, "UpdateWorkspaceImagePermission", "{'ImageId':'${golden}','AllowCopyImage':true,"
        + "'SharedAccountId':'" + B.account() + "'}");
    call(A, "UpdateWorkspaceImagePermission", "{'ImageId':'${golden}','AllowCopyImage':true,"
        + "'SharedAccountId':'" + B.account() + "'}");
    call(A, "UpdateWorkspaceImagePermission", "{'ImageId':'${golden}','AllowCopyImage':true,"
        + "'SharedAccountId':'not-an-account'}");
    call(A, "DescribeWorkspaceImagePermissions", "{'ImageId':'${golden}'}");
    call(A, "DescribeWorkspaceImagePermissions", "{'ImageId':'${golden}','NextToken':'not-issued'}");
    call(A, "DescribeWorkspaceImagePermissions", "{'ImageId':'" + NO_IMAGE + "'}");
    call(A, "DeleteWorkspaceImage", "{'ImageId':'${golden}'}");
    call(B, "DescribeWorkspaceImages", "{'ImageType':'SHARED'}");
    call(B, "DescribeWorkspaceImages", "{'ImageIds':['${golden}','${byol}']}");
    call(B, "DescribeWorkspaceImagePermissions", "{'ImageId':'${golden}'}");
    call(B, "CreateWorkspaceBundle", bundle("borrowed-bundle", "${golden}", ""));
    call(B, "CreateTags", "{'ResourceId':'${golden}','Tags':[{'Key':'mine','Value':'no'}]}");
    call(B, "CopyWorkspaceImage", "{'Name':'copied-golden','Description':'Copy','SourceImageId':'${golden}',"
        + "'SourceRegion':'us-east-1','Tags':[{'Key':'from','Value':'a'}]}", take("copyB", "ImageId"));
    call(B, "DescribeWorkspaces", "{}");
    call(A_EU, "CopyWorkspaceImage", "{'Name':'golden-eu','SourceImageId':'${golden}','SourceRegion':'us-east-1'}",
        take("copyEu", "ImageId"));
    call(A_EU, "CopyWorkspaceImage", "{'Name':'golden-eu','SourceImageId':'${golden}','SourceRegion':'us-east-1'}");
    call(A_EU, "CopyWorkspaceImage", "{'Name':'from-china','SourceImageId':'${golden}','SourceRegion':'cn-northwest-1'}");
    call(A_EU, "CopyWorkspaceImage", "{'Name':'from-gov','SourceImageId':'${golden}','SourceRegion':'us-gov-west-1'}");
    call(A_EU, "CopyWorkspaceImage", "{'Name':'from-nowhere','SourceImageId':'" + NO_IMAGE + "','SourceRegion':'us-east-1'}");
    call(A_EU, "DescribeWorkspaceImages", "{}");
    call(A, "CreateUpdatedWorkspaceImage", "{'Name':'golden-next','Description':'Next','SourceImageId':'${golden}'}");
    call(A, "CreateUpdatedWorkspaceImage", "{'Name':'linux-next','Description':'Next','SourceImageId':'${linux}'}");
    call(A_GOV, "ImportWorkspaceImage", "{'Ec2ImageId':'ami-0123456789abcdef3','IngestionProcess':'BYOL_REGULAR',"
        + "'ImageName':'gov-byol','ImageDescription':'GovCloud import'}", take("gov", "ImageId"));
  }

  /** IP access control groups, their rules, and their association with directories. */
  private void ipGroups() {
    call(A, "CreateIpGroup", "{'GroupName':'office','GroupDesc':'Office ranges','UserRules':["
        + "{'ipRule':'10.0.0.0/16','ruleDesc':'LAN'},{'ipRule':'192.168.1.1'}],"
        + "'Tags':[{'Key':'site','Value':'hq'}]}", take("office", "GroupId"));
    call(A, "CreateIpGroup", "{'GroupName':'lab'}", take("lab", "GroupId"));
    call(A, "CreateIpGroup", "{'GroupName':'office'}");
    call(A, "CreateIpGroup", "{'GroupName':'bad-range','UserRules':[{'ipRule':'10.0.0.0/33'}]}");
    call(A, "CreateIpGroup", "{'GroupName':'twice','UserRules':[{'ipRule':'10.1.0.0/16'},{'ipRule':'10.1.0.0/16'}]}");
    call(A, "CreateIpGroup", "{'GroupName':'too-many','UserRules':" + rules(11) + "}");
    call(A, "CreateIpGroup", "{'GroupName':'tagged','Tags':" + tags(51) + "}");
    call(A, "CreateIpGroup", "{'GroupDesc':'no name'}");
    call(A, "DescribeIpGroups", "{}");
    call(A, "DescribeIpGroups", "{'MaxResults':1}", take("groupPage", "NextToken"));
    call(A, "DescribeIpGroups", "{'MaxResults':1,'NextToken':'${groupPage}'}");
    call(A, "DescribeIpGroups", "{'NextToken':'not-issued'}");
    call(A, "DescribeIpGroups", "{'GroupIds':['${lab}','" + NO_GROUP + "']}");
    call(A, "AuthorizeIpRules", "{'GroupId':'${office}','UserRules':[{'ipRule':'172.16.0.0/12','ruleDesc':'VPN'}]}");
    call(A, "AuthorizeIpRules", "{'GroupId':'${office}','UserRules':[{'ipRule':'172.16.0.0/12'}]}");
    call(A, "AuthorizeIpRules", "{'GroupId':'" + NO_GROUP + "','UserRules':[{'ipRule':'172.16.0.0/12'}]}");
    call(A, "AuthorizeIpRules", "{'GroupId':'${office}','UserRules':[{'ipRule':'not-an-ip'}]}");
    call(A, "AuthorizeIpRules", "{'GroupId':'${office}','UserRules':" + rules(8) + "}");
    call(A, "RevokeIpRules", "{'GroupId':'${office}','UserRules':['192.168.1.1']}");
    call(A, "RevokeIpRules", "{'GroupId':'${office}','UserRules':['192.168.1.1']}");
    call(A, "RevokeIpRules", "{'GroupId':'" + NO_GROUP + "','UserRules':['192.168.1.1']}");
    call(A, "UpdateRulesOfIpGroup", "{'GroupId':'${lab}','UserRules':[{'ipRule':'10.9.0.0/16','ruleDesc':'Lab'}]}");
    call(A, "UpdateRulesOfIpGroup", "{'GroupId':'" + NO_GROUP + "','UserRules':[{'ipRule':'10.9.0.0/16'}]}");
    call(A, "UpdateRulesOfIpGroup", "{'GroupId':'${lab}','UserRules':" + rules(11) + "}");
    call(A, "UpdateRulesOfIpGroup", "{'GroupId':'${lab}','UserRules':[{'ipRule':'300.0.0.0/8'}]}");
    call(A, "RegisterWorkspaceDirectory", "{'DirectoryId':'" + D3 + "'}");
    call(A, "AssociateIpGroups", "{'DirectoryId':'" + D1 + "','GroupIds':['${office}','${lab}']}");
    call(A, "AssociateIpGroups", "{'DirectoryId':'" + D1 + "','GroupIds':['${office}']}");
    call(A, "AssociateIpGroups", "{'DirectoryId':'" + D1 + "','GroupIds':['" + NO_GROUP + "']}");
    call(A, "AssociateIpGroups", "{'DirectoryId':'" + D_UNREGISTERED + "','GroupIds':['${office}']}");
    call(A, "AssociateIpGroups", "{'DirectoryId':'" + D3 + "','GroupIds':['${office}']}");
    call(A, "DeleteIpGroup", "{'GroupId':'${office}'}");
    call(A, "DisassociateIpGroups", "{'DirectoryId':'" + D1 + "','GroupIds':['${office}']}");
    call(A, "DisassociateIpGroups", "{'DirectoryId':'" + D_UNREGISTERED + "','GroupIds':['${office}']}");
    call(A, "DisassociateIpGroups", "{'DirectoryId':'" + D3 + "','GroupIds':['${office}']}");
    call(A, "DisassociateIpGroups", "{'DirectoryId':'" + D1 + "','GroupIds':['" + NO_GROUP + "']}");
    call(A, "DeleteIpGroup", "{'GroupId':'${office}'}");
    call(A, "DeleteIpGroup", "{'GroupId':'${office}'}");
    call(A, "DeleteIpGroup", "{'GroupId':'not-a-group'}");
    call(A, "DescribeTags", "{'ResourceId':'${lab}'}");
    call(A, "DescribeWorkspaceDirectories", "{'DirectoryIds':['" + D1 + "','" + D3 + "']}");
    call(B, "DescribeIpGroups", "{}");
    advance(45 * MINUTE);
  }

  /**
   * Connection aliases: one connection string in two regions, reserved from another account, shared
   * with B, associated by B until B deregisters its directory, then associated by A, disassociated,
   * unshared and deleted.
   */
  private void connectionAliases() {
    String toB = "'ConnectionAliasPermission':{'SharedAccountId':'" + B.account() + "','AllowAssociation':";
    call(B, "RegisterWorkspaceDirectory", "{'DirectoryId':'" + D_B + "'}");
    call(A, "CreateConnectionAlias", "{'ConnectionString':'desktop.example.com','Tags':[{'Key':'team','Value':'euc'}]}",
        take("alias", "AliasId"));
    call(A_EU, "CreateConnectionAlias", "{'ConnectionString':'desktop.example.com'}", take("aliasEu", "AliasId"));
    call(A, "CreateConnectionAlias", "{'ConnectionString':'desktop.example.com'}");
    call(B, "CreateConnectionAlias", "{'ConnectionString':'desktop.example.com'}");
    call(A, "CreateConnectionAlias", "{'ConnectionString':'localhost'}");
    call(A, "CreateConnectionAlias", "{'ConnectionString':'bad_name.example.com'}");
    call(A, "CreateConnectionAlias", "{'ConnectionString':'spare.example.com','Tags':" + tags(51) + "}");
    call(A, "AssociateConnectionAlias", "{'AliasId':'${alias}','ResourceId':'" + D3 + "'}");
    call(A, "DescribeConnectionAliases", "{}");
    advance(MINUTE);
    call(A, "UpdateConnectionAliasPermission", "{'AliasId':'${alias}'," + toB + "true}}");
    call(A, "UpdateConnectionAliasPermission", "{'AliasId':'${alias}','ConnectionAliasPermission':{'SharedAccountId':'"
        + A.account() + "','AllowAssociation':true}}");
    call(B, "UpdateConnectionAliasPermission", "{'AliasId':'${alias}'," + toB + "false}}");
    call(A, "DescribeConnectionAliasPermissions", "{'AliasId':'${alias}'}");
    call(B, "DescribeConnectionAliasPermissions", "{'AliasId':'${alias}'}");
    call(A, "DescribeConnectionAliasPermissions", "{'AliasId':'${alias}','NextToken':'not-issued'}");
    call(B, "DescribeConnectionAliases", "{}");
    call(B, "AssociateConnectionAlias", "{'AliasId':'${alias}','ResourceId':'" + D_B + "'}");
    call(A, "AssociateConnectionAlias", "{'AliasId':'${alias}','ResourceId':'" + D3 + "'}");
    call(A_EU, "AssociateConnectionAlias", "{'AliasId':'${aliasEu}','ResourceId':'" + D_UNREGISTERED + "'}");
    call(A, "AssociateConnectionAlias", "{'AliasId':'" + NO_ALIAS + "','ResourceId':'" + D3 + "'}");
    call(A, "DescribeConnectionAliases", "{'ResourceId':'" + D_B + "'}");
    advance(MINUTE);
    call(B, "DescribeConnectionAliases", "{'AliasIds':['${alias}']}");
    call(A, "UpdateConnectionAliasPermission", "{'AliasId':'${alias}'," + toB + "false}}");
    call(A, "DeleteConnectionAlias", "{'AliasId':'${alias}'}");
    call(B, "DeleteConnectionAlias", "{'AliasId':'${alias}'}");
    call(A, "DisassociateConnectionAlias", "{'AliasId':'${alias}'}");
    call(B, "DeregisterWorkspaceDirectory", "{'DirectoryId':'" + D_B + "'}");
    call(A, "DescribeConnectionAliases", "{'AliasIds':['${alias}']}");
    call(A, "AssociateConnectionAlias", "{'AliasId':'${alias}','ResourceId':'" + D3 + "'}");
    call(A, "DisassociateConnectionAlias", "{'AliasId':'${alias}'}");
    advance(MINUTE);
    call(A, "DisassociateConnectionAlias", "{'AliasId':'${alias}'}");
    call(A, "DescribeTags", "{'ResourceId':'${alias}'}");
    advance(MINUTE);
    call(A, "UpdateConnectionAliasPermission", "{'AliasId':'${alias}'," + toB + "false}}");
    call(A, "DeleteConnectionAlias", "{'AliasId':'${alias}'}");
    call(A, "DeleteConnectionAlias", "{'AliasId':'${alias}'}");
    call(A, "DescribeConnectionAliases", "{'Limit':1}");
    call(A, "DescribeConnectionAliases", "{'NextToken':'not-issued'}");
    call(A_EU, "DescribeConnectionAliases", "{}");
    advance(MINUTE);
  }

  /** Account links: invitations from A accepted by B, rejected by C, one withdrawn, listed by both sides. */
  private void accountLinks() {
    call(A, "CreateAccountLinkInvitation", "{'TargetAccountId':'" + B.account() + "'}", take("linkB", "AccountLinkId"));
    call(A, "CreateAccountLinkInvitation", "{'TargetAccountId':'" + C.account() + "'}", take("linkC", "AccountLinkId"));
    call(A, "CreateAccountLinkInvitation", "{'TargetAccountId':'" + A.account() + "'}");
    call(B, "CreateAccountLinkInvitation", "{'TargetAccountId':'" + A.account() + "'}");
    call(A, "AcceptAccountLinkInvitation", "{'LinkId':'${linkB}'}");
    call(B, "AcceptAccountLinkInvitation", "{'LinkId':'${linkB}'}");
    call(C, "RejectAccountLinkInvitation", "{'LinkId':'${linkB}'}");
    call(C, "RejectAccountLinkInvitation", "{'LinkId':'${linkC}'}");
    call(B, "DeleteAccountLinkInvitation", "{'LinkId':'${linkB}'}");
    call(A, "CreateAccountLinkInvitation", "{'TargetAccountId':'" + D.account() + "'}", take("linkD", "AccountLinkId"));
    call(D, "DeleteAccountLinkInvitation", "{'LinkId':'${linkD}'}");
    call(A, "DeleteAccountLinkInvitation", "{'LinkId':'${linkD}'}");
    call(B, "GetAccountLink", "{'LinkedAccountId':'" + A.account() + "'}");
    call(B, "GetAccountLink", "{}");
    call(A, "ListAccountLinks", "{}");
    call(A, "ListAccountLinks", "{'LinkStatusFilter':['REJECTED'],'MaxResults':1}");
    call(C, "ListAccountLinks", "{'NextToken':'not-issued'}");
  }

  /** Images and copies that completed, unsharing, GovCloud sharing, and bundles in use. */
  private void laterImages() {
    call(A, "CreateUpdatedWorkspaceImage", "{'Name':'linux-next','Description':'Next','SourceImageId':'${linux}'}");
    call(A_GOV, "UpdateWorkspaceImagePermission", "{'ImageId':'${gov}','AllowCopyImage':true,"
        + "'SharedAccountId':'" + B.account() + "'}");
    call(A_GOV, "DescribeWorkspaceImages", "{}");
    call(A_EU, "DescribeWorkspaceImages", "{}");
    call(A_EU, "DeleteWorkspaceImage", "{'ImageId':'${copyEu}'}");
    call(B, "DescribeWorkspaceImages", "{}");
    call(B, "DescribeTags", "{'ResourceId':'${copyB}'}");
    call(A, "UpdateWorkspaceImagePermission", "{'ImageId':'${golden}','AllowCopyImage':false,"
        + "'SharedAccountId':'" + B.account() + "'}");
    call(A, "UpdateWorkspaceImagePermission", "{'ImageId':'${golden}','AllowCopyImage':false,"
        + "'SharedAccountId':'" + B.account() + "'}");
    call(B, "DescribeWorkspaceImages", "{'ImageType':'SHARED'}");
    call(A, "DescribeWorkspaceImagePermissions", "{'ImageId':'${golden}','MaxResults':1}");
    call(A, "DeleteWorkspaceBundle", "{}");
    call(A, "DeleteWorkspaceBundle", "{'BundleId':'" + WINDOWS + "'}");
    call(A, "DeleteWorkspaceBundle", "{'BundleId':'" + NO_BUNDLE + "'}");
    call(A, "DeleteWorkspaceBundle", "{'BundleId':'${bundle}'}");
    call(A, "TerminateWorkspaces", "{'TerminateWorkspaceRequests':[{'WorkspaceId':'${nina}'}]}");
    advance(5 * MINUTE);
    call(A, "DeleteWorkspaceBundle", "{'BundleId':'${bundle}'}");
    call(A, "DeleteWorkspaceImage", "{'ImageId':'${byol}'}");
    call(A, "DescribeWorkspaceBundles", "{}");
  }

  /** Deregistration refused and accepted, a DEREGISTERED directory, and a strict catalogue. */
  private void teardown() {
    call(A, "DeregisterWorkspaceDirectory", "{'DirectoryId':'" + D1 + "'}");
    call(A, "DeregisterWorkspaceDirectory", "{'DirectoryId':'" + D_UNREGISTERED + "'}");
    call(A, "DeregisterWorkspaceDirectory", "{'DirectoryId':'" + D2 + "'}");
    call(A, "TerminateWorkspaces", "{'TerminateWorkspaceRequests':[{'WorkspaceId':'${erin}'}]}");
    advance(5 * MINUTE);
    call(A, "DeregisterWorkspaceDirectory", "{'DirectoryId':'" + D2 + "'}");
    call(A, "DeregisterWorkspaceDirectory", "{'DirectoryId':'" + D2 + "'}");
    call(A, "DescribeWorkspaceDirectories", "{'DirectoryIds':['" + D2 + "']}");
    call(A, "ModifyClientProperties", "{'ResourceId':'" + D2 + "','ClientProperties':{'LogUploadEnabled':'DISABLED'}}");
    call(A, "ModifySelfservicePermissions", "{'ResourceId':'" + D2 + "',"
        + "'SelfservicePermissions':{'RestartWorkspace':'DISABLED'}}");
    call(A, "ModifyWorkspaceAccessProperties", "{'ResourceId':'" + D2 + "',"
        + "'WorkspaceAccessProperties':{'DeviceTypeOsx':'DENY'}}");
    call(A, "CreateWorkspaces", "{'Workspaces':[" + item(D2, "olga", WINDOWS, "") + "]}");
    call(A, "AssociateIpGroups", "{'DirectoryId':'" + D2 + "','GroupIds':['${lab}']}");
    advance(MINUTE);
    call(A, "DescribeWorkspaceDirectories", "{}");
    call(A, "DescribeTags", "{'ResourceId':'" + D2 + "'}");
    call(A, "DescribeClientProperties", "{'ResourceIds':['" + D2 + "']}");
    call(A, "DeregisterWorkspaceDirectory", "{'DirectoryId':'" + D2 + "'}");
    call(A, "RegisterWorkspaceDirectory", "{'DirectoryId':'" + D2 + "','SubnetIds':['subnet-0000000c']}");
    admin("POST", "/_admin/directories", "{'DirectoryId':'d-5555555555','Strict':true}");
    call(A, "RegisterWorkspaceDirectory", "{'DirectoryId':'d-6666666666'}");
    call(A, "RegisterWorkspaceDirectory", "{'DirectoryId':'d-5555555555'}");
  }

  /** Thirty days on: images report updates, the custom import is complete; then the final state. */
  private void monthLater() {
    advance(30 * DAY);
    call(A, "DescribeWorkspaceImages", "{'ImageIds':['${golden}','${linux}']}");
    call(A, "DescribeCustomWorkspaceImageImport", "{'ImageId':'${custom}'}");
    call(A, "CreateUpdatedWorkspaceImage", "{'Name':'golden-image-v2','Description':'Updated',"
        + "'SourceImageId':'${golden}','Tags':[{'Key':'stage','Value':'gold'}]}");
    call(A, "CreateUpdatedWorkspaceImage", "{'Name':'golden-image-v2','Description':'Updated again',"
        + "'SourceImageId':'${golden}'}");
    call(A, "CreateUpdatedWorkspaceImage", "{'Name':'golden-tagged','Description':'Tagged',"
        + "'SourceImageId':'${golden}','Tags':" + tags(51) + "}");
    call(A, "CreateWorkspaces", "{'Workspaces':[" + item(D1, "tom", WINDOWS, "") + "]}");
    call(A, "DescribeWorkspaces", "{}");
    call(A, "DescribeWorkspaceSnapshots", "{'WorkspaceId':'${erin}'}");
    call(A, "DescribeWorkspaceSnapshots", "{'WorkspaceId':'${alice}'}");
    advance(45 * MINUTE);
    call(A, "DescribeWorkspaceImages", "{}");
    call(A, "DescribeWorkspacesConnectionStatus", "{}");
    admin("GET", "/_admin/state", "");
  }

  private void call(Caller caller, String operation, String body, Capture... captures) {
    steps.add(new GoldenStep("POST", "/", Optional.of(GoldenStep.TARGET_PREFIX + operation), Optional.of(caller),
        quoted(body), List.of(captures)));
  }

  /** Adds an API request whose body is sent exactly as given. */
  private void send(Optional<String> target, Optional<Caller> caller, String rawBody) {
    steps.add(new GoldenStep("POST", "/", target, caller, rawBody, List.of()));
  }

  private void admin(String method, String path, String body) {
    steps.add(new GoldenStep(method, path, Optional.empty(), Optional.empty(), quoted(body), List.of()));
  }

  private void advance(long seconds) {
    admin("POST", "/_admin/advance", "{'seconds':" + seconds + "}");
  }

  private static Capture take(String name, String member) {
    return take(name, member, 1);
  }

  private static Capture take(String name, String member, int occurrence) {
    return new Capture(name, member, occurrence);
  }

  private static String quoted(String body) {
    return body.replace('\'', '"');
  }

  private static String item(String directory, String user, String bundle, String more) {
    return "{'DirectoryId':'" + directory + "','UserName':'" + user + "','BundleId':'" + bundle + "'" + more + "}";
  }

  private static String bundle(String name, String image, String more) {
    return "{'BundleName':'" + name + "','BundleDescription':'Bundle " + name + "','ImageId':'" + image + "',"
        + "'ComputeType':{'Name':'STANDARD'},'UserStorage':{'Capacity':'50'}" + more + "}";
  }

  private static String customImport(String name) {
    return "{'ImageName':'" + name + "','ImageDescription':'Custom import','ComputeType':'BASE','Protocol':'DCV',"
        + "'ImageSource':{'Ec2ImageId':'ami-0123456789abcdef4'},'InfrastructureConfigurationArn':"
        + "'arn:aws:imagebuilder:us-east-1:111122223333:infrastructure-configuration/golden',"
        + "'Platform':'WINDOWS','OsVersion':'Windows_11'}";
  }

  /** Returns a JSON list of {@code count} tags with distinct keys. */
  private static String tags(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> "{'Key':'k" + i + "','Value':'v" + i + "'}")
        .collect(Collectors.joining(",", "[", "]"));
  }

  /** Returns a JSON list of {@code count} distinct IP rules. */
  private static String rules(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> "{'ipRule':'10.20." + i + ".0/24'}")
        .collect(Collectors.joining(",", "[", "]"));
  }
}
