<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
<context>
    <name>ArticleText</name>
    <message>
        <source>《中国共产党纪律处分条例》</source>
        <translation>《中国共产党纪律处分条例》</translation>
    </message>
    <message>
        <source>《中国共产党章程》</source>
        <translation>《中国共产党章程》</translation>
    </message>
    <message>
        <source>《中国共产党党员权利保障条例》</source>
        <translation>《中国共产党党员权利保障条例》</translation>
    </message>
    <message>
        <source>%2%1</source>
        <translation>%2%1</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>无法写入审计记录：%1。操作已取消。</source>
        <translation>无法写入审计记录：%1。操作已取消。</translation>
    </message>
    <message>
        <source>审计记录 %1 缺失或顺序被打乱（此处为记录 %2）。</source>
        <translation>审计记录 %1 缺失或顺序被打乱（此处为记录 %2）。</translation>
    </message>
    <message>
        <source>审计记录 %1 与前一条记录的链接不符：其前的记录被改动、删除或调换。</source>
        <translation>审计记录 %1 与前一条记录的链接不符：其前的记录被改动、删除或调换。</translation>
    </message>
    <message>
        <source>审计记录 %1 的内容被改动（哈希不符）。</source>
        <translation>审计记录 %1 的内容被改动（哈希不符）。</translation>
    </message>
    <message>
        <source>审计记录共应有 %1 条，实有 %2 条：末尾的记录被删除或改动。</source>
        <translation>审计记录共应有 %1 条，实有 %2 条：末尾的记录被删除或改动。</translation>
    </message>
    <message>
        <source>发现 %1 处审计记录无法解释的问题：%2</source>
        <translation>发现 %1 处审计记录无法解释的问题：%2</translation>
    </message>
    <message>
        <source>审计记录完整：共 %1 条，哈希链无断裂，签名与权限相符，各数据表与记录一致。</source>
        <translation>审计记录完整：共 %1 条，哈希链无断裂，签名与权限相符，各数据表与记录一致。</translation>
    </message>
    <message>
        <source>表 %1 的行 %2 与签名的审计记录不符：它被直接改动、添加或删除。</source>
        <translation>表 %1 的行 %2 与签名的审计记录不符：它被直接改动、添加或删除。</translation>
    </message>
    <message>
        <source>读取表 %1 失败：%2。</source>
        <translation>读取表 %1 失败：%2。</translation>
    </message>
    <message>
        <source>审计记录 %1（%2）署名为恢复密钥，但恢复密钥只能重置密码。</source>
        <translation>审计记录 %1（%2）署名为恢复密钥，但恢复密钥只能重置密码。</translation>
    </message>
    <message>
        <source>审计记录 %1（%2）的作者 %3 不是当时的账户。</source>
        <translation>审计记录 %1（%2）的作者 %3 不是当时的账户。</translation>
    </message>
    <message>
        <source>审计记录 %1（%2，作者 %3）的签名无效：记录不是该账户写入的，或被改动。</source>
        <translation>审计记录 %1（%2，作者 %3）的签名无效：记录不是该账户写入的，或被改动。</translation>
    </message>
    <message>
        <source>审计记录 %1（%2）的作者 %3 当时已停用。</source>
        <translation>审计记录 %1（%2）的作者 %3 当时已停用。</translation>
    </message>
    <message>
        <source>审计记录 %1（%2）的作者 %3 当时的角色（%4）无此权限。</source>
        <translation>审计记录 %1（%2）的作者 %3 当时的角色（%4）无此权限。</translation>
    </message>
    <message>
        <source>审计记录读取失败：%1。</source>
        <translation>审计记录读取失败：%1。</translation>
    </message>
    <message>
        <source>案件材料 %1 的内容与其记录的哈希不符：文件在程序之外被改动。</source>
        <translation>案件材料 %1 的内容与其记录的哈希不符：文件在程序之外被改动。</translation>
    </message>
</context>
<context>
    <name>AuditValueText</name>
    <message>
        <source>步骤</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>处分</source>
        <translation>处分</translation>
    </message>
    <message>
        <source>留党察看年限</source>
        <translation>留党察看年限</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>会议</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>应到人数</source>
        <translation>应到人数</translation>
    </message>
    <message>
        <source>实到人数</source>
        <translation>实到人数</translation>
    </message>
    <message>
        <source>赞成票</source>
        <translation>赞成票</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>材料</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>被审查调查人</source>
        <translation>被审查调查人</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>入党时间</source>
        <translation>入党时间</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>党组管理干部</source>
        <translation>党组管理干部</translation>
    </message>
    <message>
        <source>党组任免</source>
        <translation>党组任免</translation>
    </message>
    <message>
        <source>领导班子成员</source>
        <translation>领导班子成员</translation>
    </message>
    <message>
        <source>重点监督对象</source>
        <translation>重点监督对象</translation>
    </message>
    <message>
        <source>主要负责人</source>
        <translation>主要负责人</translation>
    </message>
    <message>
        <source>立案备案</source>
        <translation>立案备案</translation>
    </message>
    <message>
        <source>组织关系在地方</source>
        <translation>组织关系在地方</translation>
    </message>
    <message>
        <source>地方党委委员</source>
        <translation>地方党委委员</translation>
    </message>
    <message>
        <source>立案机关</source>
        <translation>立案机关</translation>
    </message>
    <message>
        <source>决定途径</source>
        <translation>决定途径</translation>
    </message>
    <message>
        <source>重大复杂</source>
        <translation>重大复杂</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>账户编号</source>
        <translation>账户编号</translation>
    </message>
    <message>
        <source>签名公钥</source>
        <translation>签名公钥</translation>
    </message>
    <message>
        <source>数据库结构版本</source>
        <translation>数据库结构版本</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>密钥派生强度</source>
        <translation>密钥派生强度</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>简称</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>发文字号前缀</source>
        <translation>发文字号前缀</translation>
    </message>
    <message>
        <source>印发机关</source>
        <translation>印发机关</translation>
    </message>
    <message>
        <source>默认</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>提前提醒天数</source>
        <translation>提前提醒天数</translation>
    </message>
    <message>
        <source>严格计算期限</source>
        <translation>严格计算期限</translation>
    </message>
    <message>
        <source>期限规则</source>
        <translation>期限规则</translation>
    </message>
    <message>
        <source>访问方式</source>
        <translation>访问方式</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>空闲分钟数</source>
        <translation>空闲分钟数</translation>
    </message>
    <message>
        <source>累计失败次数</source>
        <translation>累计失败次数</translation>
    </message>
    <message>
        <source>用途</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>接收方</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>格式</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>案件数</source>
        <translation>案件数</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>天数</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>放假</source>
        <translation>放假</translation>
    </message>
    <message>
        <source>语言</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>自动锁定分钟数</source>
        <translation>自动锁定分钟数</translation>
    </message>
    <message>
        <source>党组</source>
        <translation>党组</translation>
    </message>
    <message>
        <source>派驻机构</source>
        <translation>派驻机构</translation>
    </message>
    <message>
        <source>派出机构</source>
        <translation>派出机构</translation>
    </message>
    <message>
        <source>派出机关</source>
        <translation>派出机关</translation>
    </message>
    <message>
        <source>基层纪委</source>
        <translation>基层纪委</translation>
    </message>
    <message>
        <source>基层党委</source>
        <translation>基层党委</translation>
    </message>
    <message>
        <source>地方纪委</source>
        <translation>地方纪委</translation>
    </message>
    <message>
        <source>组织部门</source>
        <translation>组织部门</translation>
    </message>
    <message>
        <source>机关纪委</source>
        <translation>机关纪委</translation>
    </message>
    <message>
        <source>基层</source>
        <translation>基层</translation>
    </message>
    <message>
        <source>中央</source>
        <translation>中央</translation>
    </message>
    <message>
        <source>地方</source>
        <translation>地方</translation>
    </message>
    <message>
        <source>无</source>
        <translation>无</translation>
    </message>
    <message>
        <source>测试用（快速）</source>
        <translation>测试用（快速）</translation>
    </message>
    <message>
        <source>标准</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>只读</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>读写</source>
        <translation>读写</translation>
    </message>
    <message>
        <source>空闲</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>手动</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>审核通过</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>发现问题</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>是</source>
        <translation>是</translation>
    </message>
    <message>
        <source>否</source>
        <translation>否</translation>
    </message>
    <message>
        <source>第 %1 条记录</source>
        <translation>第 %1 条记录</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>，</source>
        <translation>，</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>；</source>
        <translation>；</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>统计截至</source>
        <translation>统计截至</translation>
    </message>
    <message>
        <source>统计图表</source>
        <translation>统计图表</translation>
    </message>
    <message>
        <source>统计案件数</source>
        <translation>统计案件数</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>文件名</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>字节数</source>
        <translation>字节数</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>材料编号</source>
        <translation>材料编号</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>案件材料</source>
        <translation>案件材料</translation>
    </message>
    <message>
        <source>随系统锁屏或休眠</source>
        <translation>随系统锁屏或休眠</translation>
    </message>
</context>
<context>
    <name>BodyNames</name>
    <message>
        <source>党组</source>
        <translation>党组</translation>
    </message>
    <message>
        <source>派驻机构</source>
        <translation>派驻机构</translation>
    </message>
    <message>
        <source>派出机构</source>
        <translation>派出机构</translation>
    </message>
    <message>
        <source>派出机关</source>
        <translation>派出机关</translation>
    </message>
    <message>
        <source>基层纪委</source>
        <translation>基层纪委</translation>
    </message>
    <message>
        <source>基层党委</source>
        <translation>基层党委</translation>
    </message>
    <message>
        <source>地方纪委</source>
        <translation>地方纪委</translation>
    </message>
    <message>
        <source>组织部门</source>
        <translation>组织部门</translation>
    </message>
</context>
<context>
    <name>CaseFacts</name>
    <message>
        <source>字段 %1 应为文本。</source>
        <translation>字段 %1 应为文本。</translation>
    </message>
    <message>
        <source>字段 %1 应为 true 或 false。</source>
        <translation>字段 %1 应为 true 或 false。</translation>
    </message>
    <message>
        <source>字段 %1 不是有效日期，请按 YYYY-MM-DD 填写（如 2025-01-31）。</source>
        <translation>字段 %1 不是有效日期，请按 YYYY-MM-DD 填写（如 2025-01-31）。</translation>
    </message>
    <message>
        <source>字段 %1 的值无效，可选值：%2。</source>
        <translation>字段 %1 的值无效，可选值：%2。</translation>
    </message>
    <message>
        <source>未知字段 %1。</source>
        <translation>未知字段 %1。</translation>
    </message>
    <message>
        <source>缺少字段 subject（被审查调查人信息，至少包含 subject.name）。</source>
        <translation>缺少字段 subject（被审查调查人信息，至少包含 subject.name）。</translation>
    </message>
    <message>
        <source>缺少字段 subject.name（被审查调查人姓名），请填写姓名。</source>
        <translation>缺少字段 subject.name（被审查调查人姓名），请填写姓名。</translation>
    </message>
    <message>
        <source>字段 bodies 应为对象：机构标识 → 组织编号（如 {&quot;party_group&quot;: &quot;1&quot;}）。</source>
        <translation>字段 bodies 应为对象：机构标识 → 组织编号（如 {&quot;party_group&quot;: &quot;1&quot;}）。</translation>
    </message>
    <message>
        <source>字段 bodies.%1 不是机构标识，可选值：%2。</source>
        <translation>字段 bodies.%1 不是机构标识，可选值：%2。</translation>
    </message>
    <message>
        <source>字段 bodies.%1 应为组织编号（文本）。</source>
        <translation>字段 bodies.%1 应为组织编号（文本）。</translation>
    </message>
    <message>
        <source>subject.managed_by_party_group 为 false：被审查调查人不属于党组管理的人员，不适用本规定（第三条、第四条），CaseTrack 不跟踪此类案件。</source>
        <translation>subject.managed_by_party_group 为 false：被审查调查人不属于党组管理的人员，不适用本规定（第三条、第四条），CaseTrack 不跟踪此类案件。</translation>
    </message>
    <message>
        <source>decision_route 为 grassroots 与 subject.appointed_by_party_group 为 true 矛盾：任免经党组会议讨论决定的党员，由党组讨论决定处分（第四条第一款）；请改为 party_group 或核对任免情况。</source>
        <translation>decision_route 为 grassroots 与 subject.appointed_by_party_group 为 true 矛盾：任免经党组会议讨论决定的党员，由党组讨论决定处分（第四条第一款）；请改为 party_group 或核对任免情况。</translation>
    </message>
    <message>
        <source>subject.local_committee_member 为 true 须同时 subject.org_relation_local 为 true（第十二条第二款只适用于党的组织关系在地方的党员干部）；请核对这两个字段。</source>
        <translation>subject.local_committee_member 为 true 须同时 subject.org_relation_local 为 true（第十二条第二款只适用于党的组织关系在地方的党员干部）；请核对这两个字段。</translation>
    </message>
    <message>
        <source>filing_body 为 local_commission 须 subject.org_relation_local 为 true：地方纪委立案的案件须为党的组织关系在地方、干部管理权限在主管部门党组的党员干部；否则不属于第十二条规定的情形，请核对 filing_body 和 subject.org_relation_local。</source>
        <translation>filing_body 为 local_commission 须 subject.org_relation_local 为 true：地方纪委立案的案件须为党的组织关系在地方、干部管理权限在主管部门党组的党员干部；否则不属于第十二条规定的情形，请核对 filing_body 和 subject.org_relation_local。</translation>
    </message>
    <message>
        <source>字段 bodies.%1：没有编号为 %2 的机构。请用 org list 查看已登记的机构，或先用 org add 登记。</source>
        <translation>字段 bodies.%1：没有编号为 %2 的机构。请用 org list 查看已登记的机构，或先用 org add 登记。</translation>
    </message>
    <message>
        <source>字段 bodies.%1：机构 %2（%3）登记的类别是 %4，不是 %1。请选择类别为 %1 的机构。</source>
        <translation>字段 bodies.%1：机构 %2（%3）登记的类别是 %4，不是 %1。请选择类别为 %1 的机构。</translation>
    </message>
</context>
<context>
    <name>CaseMaterial</name>
    <message>
        <source>处分决定（盖章扫描件）</source>
        <translation>处分决定（盖章扫描件）</translation>
    </message>
    <message>
        <source>审理报告</source>
        <translation>审理报告</translation>
    </message>
    <message>
        <source>会议纪要</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>审查调查报告</source>
        <translation>审查调查报告</translation>
    </message>
    <message>
        <source>本人陈述和申辩材料</source>
        <translation>本人陈述和申辩材料</translation>
    </message>
    <message>
        <source>通报、通知</source>
        <translation>通报、通知</translation>
    </message>
    <message>
        <source>备案材料</source>
        <translation>备案材料</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>材料</source>
        <translation>材料</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>读取案件 %1 时出错（%2）：存储的案件信息无法解析。请用 casetrack-cli check 检查，并从备份恢复。</source>
        <translation>读取案件 %1 时出错（%2）：存储的案件信息无法解析。请用 casetrack-cli check 检查，并从备份恢复。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>选项 --%1 缺少取值。</source>
        <translation>选项 --%1 缺少取值。</translation>
    </message>
    <message>
        <source>再次输入以确认：</source>
        <translation>再次输入以确认：</translation>
    </message>
    <message>
        <source>init 需要 --admin NAME（管理员用户名）。</source>
        <translation>init 需要 --admin NAME（管理员用户名）。</translation>
    </message>
    <message>
        <source>--kdf 只能是 standard 或 fast（fast 仅供测试）。</source>
        <translation>--kdf 只能是 standard 或 fast（fast 仅供测试）。</translation>
    </message>
    <message>
        <source>为 %1 设置密码：</source>
        <translation>为 %1 设置密码：</translation>
    </message>
    <message>
        <source>密码为空或两次输入不一致，数据库未创建。</source>
        <translation>密码为空或两次输入不一致，数据库未创建。</translation>
    </message>
    <message>
        <source>已创建数据库 %1，管理员 %2。
恢复密钥（只显示这一次，请抄写或打印后妥善保管，所有密码遗失时凭它恢复）：
  %3
</source>
        <translation>已创建数据库 %1，管理员 %2。
恢复密钥（只显示这一次，请抄写或打印后妥善保管，所有密码遗失时凭它恢复）：
  %3
</translation>
    </message>
    <message>
        <source>--role 必须是以下之一：%1。</source>
        <translation>--role 必须是以下之一：%1。</translation>
    </message>
    <message>
        <source>为新用户 %1 设置密码：</source>
        <translation>为新用户 %1 设置密码：</translation>
    </message>
    <message>
        <source>新密码为空或两次输入不一致（脚本可用环境变量 CASETRACK_NEW_PASSWORD）。</source>
        <translation>新密码为空或两次输入不一致（脚本可用环境变量 CASETRACK_NEW_PASSWORD）。</translation>
    </message>
    <message>
        <source>已添加用户 %1（%2）。</source>
        <translation>已添加用户 %1（%2）。</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>新密码：</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>新密码为空或两次输入不一致，密码未修改。</source>
        <translation>新密码为空或两次输入不一致，密码未修改。</translation>
    </message>
    <message>
        <source>密码已修改。</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>%1 的新密码：</source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>新密码为空或两次输入不一致，密码未重置。</source>
        <translation>新密码为空或两次输入不一致，密码未重置。</translation>
    </message>
    <message>
        <source>已重置 %1 的密码。</source>
        <translation>已重置 %1 的密码。</translation>
    </message>
    <message>
        <source>无法读取日历文件 %1：%2。</source>
        <translation>无法读取日历文件 %1：%2。</translation>
    </message>
    <message>
        <source>已导入 %1 年节假日安排（%2 天）。</source>
        <translation>已导入 %1 年节假日安排（%2 天）。</translation>
    </message>
    <message>
        <source>case add 需要 --data JSON（案件事实，键名见 procedure.md）。</source>
        <translation>case add 需要 --data JSON（案件事实，键名见 procedure.md）。</translation>
    </message>
    <message>
        <source>没有阶段 %1。可用的阶段：%2。</source>
        <translation>没有阶段 %1。可用的阶段：%2。</translation>
    </message>
    <message>
        <source>	逾期</source>
        <translation>	逾期</translation>
    </message>
    <message>
        <source>（没有符合条件的案件）</source>
        <translation>（没有符合条件的案件）</translation>
    </message>
    <message>
        <source>event add 需要 --step STEP 和 --date YYYY-MM-DD。</source>
        <translation>event add 需要 --step STEP 和 --date YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>日期 %1 无效，请写成 YYYY-MM-DD，如 2025-01-31。</source>
        <translation>日期 %1 无效，请写成 YYYY-MM-DD，如 2025-01-31。</translation>
    </message>
    <message>
        <source>--within 需要一个非负整数（天数）。</source>
        <translation>--within 需要一个非负整数（天数）。</translation>
    </message>
    <message>
        <source>（没有期限）</source>
        <translation>（没有期限）</translation>
    </message>
    <message>
        <source>未知命令：%1。</source>
        <translation>未知命令：%1。</translation>
    </message>
    <message>
        <source>数据库有多个账户（%1），请用 --user 指明以哪个账户解锁。</source>
        <translation>数据库有多个账户（%1），请用 --user 指明以哪个账户解锁。</translation>
    </message>
    <message>
        <source>%1 的密码：</source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>错误：%1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>（依据：%1）</source>
        <translation>（依据：%1）</translation>
    </message>
    <message>
        <source> 用 casetrack-cli --help 查看用法。</source>
        <translation> 用 casetrack-cli --help 查看用法。</translation>
    </message>
    <message>
        <source>--as-of 的日期 %1 无效，请写成 YYYY-MM-DD，如 2025-01-31。</source>
        <translation>--as-of 的日期 %1 无效，请写成 YYYY-MM-DD，如 2025-01-31。</translation>
    </message>
    <message>
        <source>JSON 格式错误（第 %1 个字符处：%2）。请检查引号、逗号和括号。</source>
        <translation>JSON 格式错误（第 %1 个字符处：%2）。请检查引号、逗号和括号。</translation>
    </message>
    <message>
        <source>这里需要一个 JSON 对象，如 {&quot;subject&quot;: {&quot;name&quot;: &quot;张三&quot;}}。</source>
        <translation>这里需要一个 JSON 对象，如 {&quot;subject&quot;: {&quot;name&quot;: &quot;张三&quot;}}。</translation>
    </message>
    <message>
        <source>此命令没有选项 --%1。</source>
        <translation>此命令没有选项 --%1。</translation>
    </message>
    <message>
        <source>缺少参数。</source>
        <translation>缺少参数。</translation>
    </message>
    <message>
        <source>多余的参数：%1。</source>
        <translation>多余的参数：%1。</translation>
    </message>
    <message>
        <source>案件 %1：%2（%3）
</source>
        <translation>案件 %1：%2（%3）
</translation>
    </message>
    <message>
        <source>程序：%1；阶段：%2%3
</source>
        <translation>程序：%1；阶段：%2%3
</translation>
    </message>
    <message>
        <source>（已结案）</source>
        <translation>（已结案）</translation>
    </message>
    <message>
        <source>处分：%1，%2 生效
</source>
        <translation>处分：%1，%2 生效
</translation>
    </message>
    <message>
        <source>  下一步：%1（%2）%3
</source>
        <translation>  下一步：%1（%2）%3
</translation>
    </message>
    <message>
        <source>必经</source>
        <translation>必经</translation>
    </message>
    <message>
        <source>可选</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>  待办：%1（%2）——%3
</source>
        <translation>  待办：%1（%2）——%3
</translation>
    </message>
    <message>
        <source>  期限：%1 至 %2（%3）%4
</source>
        <translation>  期限：%1 至 %2（%3）%4
</translation>
    </message>
    <message>
        <source>已生成 %1（%2）。%3</source>
        <translation>已生成 %1（%2）。%3</translation>
    </message>
    <message>
        <source>export 之后须写 cases 或 deadlines。</source>
        <translation>export 之后须写 cases 或 deadlines。</translation>
    </message>
    <message>
        <source>--format 须为 xlsx、csv、ics（仅期限）或 pdf。</source>
        <translation>--format 须为 xlsx、csv、ics（仅期限）或 pdf。</translation>
    </message>
    <message>
        <source>export 需要 --out FILE。</source>
        <translation>export 需要 --out FILE。</translation>
    </message>
    <message>
        <source>已导出 %1 个案件到 %2。</source>
        <translation>已导出 %1 个案件到 %2。</translation>
    </message>
    <message>
        <source>账户 %1 无权查看审计记录。</source>
        <translation>账户 %1 无权查看审计记录。</translation>
    </message>
    <message>
        <source>--kind 须为 access（查看、打印、导出）或 change（修改）。</source>
        <translation>--kind 须为 access（查看、打印、导出）或 change（修改）。</translation>
    </message>
    <message>
        <source>--since 的日期 %1 无效，请写成 YYYY-MM-DD。</source>
        <translation>--since 的日期 %1 无效，请写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>（没有符合条件的审计记录）</source>
        <translation>（没有符合条件的审计记录）</translation>
    </message>
    <message>
        <source>audit export 需要 --out FILE。</source>
        <translation>audit export 需要 --out FILE。</translation>
    </message>
    <message>
        <source>无法写入文件 %1：%2。</source>
        <translation>无法写入文件 %1：%2。</translation>
    </message>
    <message>
        <source>已导出 %1 条审计记录到 %2。</source>
        <translation>已导出 %1 条审计记录到 %2。</translation>
    </message>
    <message>
        <source>backup 需要 --out FILE（新文件，不会覆盖）。</source>
        <translation>backup 需要 --out FILE（新文件，不会覆盖）。</translation>
    </message>
    <message>
        <source>已备份到 %1（密钥文件 %2），并已核验副本：%3 条审计记录完整。</source>
        <translation>已备份到 %1（密钥文件 %2），并已核验副本：%3 条审计记录完整。</translation>
    </message>
    <message>
        <source>restore 需要 --from FILE（备份文件）。</source>
        <translation>restore 需要 --from FILE（备份文件）。</translation>
    </message>
    <message>
        <source>请用 --user 指明以备份中的哪个管理员账户恢复。</source>
        <translation>请用 --user 指明以备份中的哪个管理员账户恢复。</translation>
    </message>
    <message>
        <source>已从 %1 恢复 %2；原数据库保留为 %2.before-restore。</source>
        <translation>已从 %1 恢复 %2；原数据库保留为 %2.before-restore。</translation>
    </message>
    <message>
        <source>日期 %1 晚于 %2（--as-of，默认今天），步骤只能在发生后登记。</source>
        <translation>日期 %1 晚于 %2（--as-of，默认今天），步骤只能在发生后登记。</translation>
    </message>
    <message>
        <source>case correct 需要 --data JSON（要更正的案件信息，只写要改的键）。</source>
        <translation>case correct 需要 --data JSON（要更正的案件信息，只写要改的键）。</translation>
    </message>
    <message>
        <source>case correct 需要 --reason 理由（更正案件信息须写明理由）。</source>
        <translation>case correct 需要 --reason 理由（更正案件信息须写明理由）。</translation>
    </message>
    <message>
        <source>数据库文件完好：%1 件案件、%2 个事件、%3 个账户、%4 条审计记录均可完整读取。</source>
        <translation>数据库文件完好：%1 件案件、%2 个事件、%3 个账户、%4 条审计记录均可完整读取。</translation>
    </message>
    <message>
        <source>用法：casetrack-cli [--db PATH] [--user NAME] [--json] 命令 [参数...]

命令：
  init --admin NAME [--kdf standard|fast]   新建加密数据库（fast 仅供测试）
  case add --data JSON|-                    新建案件（案件事实，键名见 procedure.md）
  case show ID [--as-of DATE]               显示案件状态
  case list [--stage STAGE] [--overdue] [--as-of DATE]
  event add ID --step STEP --date DATE [--data JSON|-] [--as-of DATE]
  deadlines [--as-of DATE] [--within DAYS]  所有期限（--within：该天数内到期或已逾期的未完成期限）
  calendar import FILE                      导入 holiday-cn 格式的节假日安排
  audit verify                              核验审计记录（完整退出码 0，被改动 7）
  audit list [--kind access|change] [--since DATE]  列出审计记录（access：查看、打印、导出）
  audit export --out FILE [--kind ...] [--since DATE]  将审计记录导出为 JSON（本身也记入审计）
  check [--repair]                          检查数据库文件是否完好（完好 0，损坏 6）；--repair 从事件记录重建列表摘要
  backup --out FILE                         加密备份（连同密钥文件），写完后核验副本
  restore --from FILE                       核验备份后替换数据库（原库保留为 .before-restore）
  user add NAME --role ROLE | user list | user passwd | user reset NAME
  print KIND CASE_ID --out FILE.pdf|FILE.odt [--inputs JSON|-] [--purpose 用途] [--recipient 接收方]
      KIND：decision filing summary announcement notice-principal notice-proposal notice-suggestion
            notice-transfer notice-stationed notice-org-department notice-local-party-org
            notice-competent-party-group
  export cases|deadlines --format xlsx|csv|ics|pdf --out FILE [--purpose 用途] [--recipient 接收方]
      打印和导出都记入审计记录（用途和接收方，依据政务数据共享条例第二十五条、第二十九条）

密码：取自环境变量 CASETRACK_PASSWORD；否则在终端中不回显地询问；否则读取标准输入的第一行。
新密码（user add/passwd/reset）：CASETRACK_NEW_PASSWORD，或终端询问两次，或标准输入的下一行。
数据库默认位置：%1（可用 --db 或环境变量 CASETRACK_DB 指定）。
日期一律写成 YYYY-MM-DD。

退出码：0 成功，2 用法错误，3 密码或用户错误，4 程序规定不允许，5 输入无效，6 数据库不可用，7 审计记录被改动。
</source>
        <translation>用法：casetrack-cli [--db PATH] [--user NAME] [--json] 命令 [参数...]

命令：
  init --admin NAME [--kdf standard|fast]   新建加密数据库（fast 仅供测试）
  case add --data JSON|-                    新建案件（案件事实，键名见 procedure.md）
  case show ID [--as-of DATE]               显示案件状态
  case list [--stage STAGE] [--overdue] [--as-of DATE]
  event add ID --step STEP --date DATE [--data JSON|-] [--as-of DATE]
  deadlines [--as-of DATE] [--within DAYS]  所有期限（--within：该天数内到期或已逾期的未完成期限）
  calendar import FILE                      导入 holiday-cn 格式的节假日安排
  audit verify                              核验审计记录（完整退出码 0，被改动 7）
  audit list [--kind access|change] [--since DATE]  列出审计记录（access：查看、打印、导出）
  audit export --out FILE [--kind ...] [--since DATE]  将审计记录导出为 JSON（本身也记入审计）
  check [--repair]                          检查数据库文件是否完好（完好 0，损坏 6）；--repair 从事件记录重建列表摘要
  backup --out FILE                         加密备份（连同密钥文件），写完后核验副本
  restore --from FILE                       核验备份后替换数据库（原库保留为 .before-restore）
  user add NAME --role ROLE | user list | user passwd | user reset NAME
  print KIND CASE_ID --out FILE.pdf|FILE.odt [--inputs JSON|-] [--purpose 用途] [--recipient 接收方]
      KIND：decision filing summary announcement notice-principal notice-proposal notice-suggestion
            notice-transfer notice-stationed notice-org-department notice-local-party-org
            notice-competent-party-group
  export cases|deadlines --format xlsx|csv|ics|pdf --out FILE [--purpose 用途] [--recipient 接收方]
      打印和导出都记入审计记录（用途和接收方，依据政务数据共享条例第二十五条、第二十九条）

密码：取自环境变量 CASETRACK_PASSWORD；否则在终端中不回显地询问；否则读取标准输入的第一行。
新密码（user add/passwd/reset）：CASETRACK_NEW_PASSWORD，或终端询问两次，或标准输入的下一行。
数据库默认位置：%1（可用 --db 或环境变量 CASETRACK_DB 指定）。
日期一律写成 YYYY-MM-DD。

退出码：0 成功，2 用法错误，3 密码或用户错误，4 程序规定不允许，5 输入无效，6 数据库不可用，7 审计记录被改动。
</translation>
    </message>
    <message>
        <source>
密钥：
  rekey                                     重新加密数据库（管理员）：新的数据库密钥和恢复密钥，
                                            旧的密钥文件和恢复密钥随即失效
  user deactivate NAME [--no-rekey]         停用账户，并重新加密（除非 --no-rekey）
</source>
        <translation>
密钥：
  rekey                                     重新加密数据库（管理员）：新的数据库密钥和恢复密钥，
                                            旧的密钥文件和恢复密钥随即失效
  user deactivate NAME [--no-rekey]         停用账户，并重新加密（除非 --no-rekey）
</translation>
    </message>
    <message>
        <source>
更正案件信息：
  case correct ID --data JSON|- --reason 理由 [--as-of DATE]
                                            只改给出的键；按更正后的信息重新检验历史记录，会使已记录的步骤不符合程序的，拒绝并列出这些步骤（退出码 4）
</source>
        <translation>
更正案件信息：
  case correct ID --data JSON|- --reason 理由 [--as-of DATE]
                                            只改给出的键；按更正后的信息重新检验历史记录，会使已记录的步骤不符合程序的，拒绝并列出这些步骤（退出码 4）
</translation>
    </message>
    <message>
        <source>警告：此数据库使用仅供测试的 fast 密钥派生创建，密码保护很弱，不得存放真实案件。</source>
        <translation>警告：此数据库使用仅供测试的 fast 密钥派生创建，密码保护很弱，不得存放真实案件。</translation>
    </message>
    <message>
        <source>print 需要 --out FILE.pdf、FILE.odt 或 FILE.docx。</source>
        <translation>print 需要 --out FILE.pdf、FILE.odt 或 FILE.docx。</translation>
    </message>
    <message>
        <source>输出文件须以 .pdf、.odt 或 .docx 结尾：%1。</source>
        <translation>输出文件须以 .pdf、.odt 或 .docx 结尾：%1。</translation>
    </message>
    <message>
        <source>数据库已重新加密（%1 秒）。旧的密钥文件、旧的恢复密钥和已停用账户的密码从此都打不开它。
新的恢复密钥（只显示这一次，请抄写或打印后妥善保管，并销毁旧的恢复单）：
  %2
</source>
        <translation>数据库已重新加密（%1 秒）。旧的密钥文件、旧的恢复密钥和已停用账户的密码从此都打不开它。
新的恢复密钥（只显示这一次，请抄写或打印后妥善保管，并销毁旧的恢复单）：
  %2
</translation>
    </message>
    <message>
        <source>已移除这些账户的密钥槽：%1（如需恢复使用，请为其重置密码）。
</source>
        <translation>已移除这些账户的密钥槽：%1（如需恢复使用，请为其重置密码）。
</translation>
    </message>
    <message>
        <source>已停用账户 %1。
</source>
        <translation>已停用账户 %1。
</translation>
    </message>
    <message>
        <source>未重新加密：该账户曾经得到的数据库密钥仍能解密文件，请尽快运行 casetrack-cli rekey。</source>
        <translation>未重新加密：该账户曾经得到的数据库密钥仍能解密文件，请尽快运行 casetrack-cli rekey。</translation>
    </message>
    <message>
        <source>%1  %2  %3%4%5</source>
        <translation>%1  %2  %3%4%5</translation>
    </message>
    <message>
        <source>（发文字号 %1〔年〕N号）</source>
        <translation>（发文字号 %1〔年〕N号）</translation>
    </message>
    <message>
        <source>  默认</source>
        <translation>  默认</translation>
    </message>
    <message>
        <source>org add 需要 --data JSON，如 {&quot;kind&quot;: &quot;party_group&quot;, &quot;name&quot;: &quot;中共某某市财政局党组&quot;}。</source>
        <translation>org add 需要 --data JSON，如 {&quot;kind&quot;: &quot;party_group&quot;, &quot;name&quot;: &quot;中共某某市财政局党组&quot;}。</translation>
    </message>
    <message>
        <source>（尚未登记机构）</source>
        <translation>（尚未登记机构）</translation>
    </message>
    <message>
        <source>数据库的结构被改动（文件本身完好）：%1</source>
        <translation>数据库的结构被改动（文件本身完好）：%1</translation>
    </message>
    <message>
        <source>%1 件案件的列表摘要与其事件记录不符（%2）。请关闭桌面程序后运行 casetrack-cli check --repair，从事件记录重建摘要。</source>
        <translation>%1 件案件的列表摘要与其事件记录不符（%2）。请关闭桌面程序后运行 casetrack-cli check --repair，从事件记录重建摘要。</translation>
    </message>
    <message>
        <source>已从事件记录重建 %1 件案件的列表摘要。</source>
        <translation>已从事件记录重建 %1 件案件的列表摘要。</translation>
    </message>
    <message>
        <source>
案件材料（每份不超过 50 MiB，加密存于数据库内）：
  case material add CASE_ID --file FILE --type TYPE --date DATE [--description 说明]
      TYPE：decision review_report meeting_minutes investigation statement notification
            filing other
  case material list CASE_ID [--all]         列出材料（--all 含已移除的）
  case material export ID --out FILE --purpose 用途 --recipient 接收方
  case material remove ID --reason 理由      记录移除（案件承办人员、管理员）
</source>
        <translation>
案件材料（每份不超过 50 MiB，加密存于数据库内）：
  case material add CASE_ID --file FILE --type TYPE --date DATE [--description 说明]
      TYPE：decision review_report meeting_minutes investigation statement notification
            filing other
  case material list CASE_ID [--all]         列出材料（--all 含已移除的）
  case material export ID --out FILE --purpose 用途 --recipient 接收方
  case material remove ID --reason 理由      记录移除（案件承办人员、管理员）
</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4  %5 字节  %6%7</source>
        <translation>%1  %2  %3  %4  %5 字节  %6%7</translation>
    </message>
    <message>
        <source>  （已移除：%1）</source>
        <translation>  （已移除：%1）</translation>
    </message>
    <message>
        <source>材料编号 %1 无效：应为正整数。请用 case material list 查看。</source>
        <translation>材料编号 %1 无效：应为正整数。请用 case material list 查看。</translation>
    </message>
    <message>
        <source>case material add 需要 --file FILE --type TYPE --date YYYY-MM-DD（类型：%1）。</source>
        <translation>case material add 需要 --file FILE --type TYPE --date YYYY-MM-DD（类型：%1）。</translation>
    </message>
    <message>
        <source>日期 %1 无效：请写成 YYYY-MM-DD。</source>
        <translation>日期 %1 无效：请写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>无法读取文件 %1。请检查路径和权限。</source>
        <translation>无法读取文件 %1。请检查路径和权限。</translation>
    </message>
    <message>
        <source>文件 %1 有 %2 字节（约 %3 MiB），超过每份材料 %4 MiB（%5 字节）的上限，没有添加。请压缩、降低扫描分辨率或拆分后再添加。</source>
        <translation>文件 %1 有 %2 字节（约 %3 MiB），超过每份材料 %4 MiB（%5 字节）的上限，没有添加。请压缩、降低扫描分辨率或拆分后再添加。</translation>
    </message>
    <message>
        <source>（案件 %1 没有材料）</source>
        <translation>（案件 %1 没有材料）</translation>
    </message>
    <message>
        <source>case material export 需要 --out FILE --purpose 用途 --recipient 接收方（记入审计记录）。</source>
        <translation>case material export 需要 --out FILE --purpose 用途 --recipient 接收方（记入审计记录）。</translation>
    </message>
    <message>
        <source>已导出案件材料 %1 到 %2。</source>
        <translation>已导出案件材料 %1 到 %2。</translation>
    </message>
    <message>
        <source>case material remove 需要 --reason 理由（记入审计记录）。</source>
        <translation>case material remove 需要 --reason 理由（记入审计记录）。</translation>
    </message>
    <message>
        <source>case material 后应为 add、list、export 或 remove。</source>
        <translation>case material 后应为 add、list、export 或 remove。</translation>
    </message>
    <message>
        <source>没有文书 %1。可用：%2。</source>
        <translation>没有文书 %1。可用：%2。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>文件 %1 已存在，不能覆盖。请另选一个文件名。</source>
        <translation>文件 %1 已存在，不能覆盖。请另选一个文件名。</translation>
    </message>
    <message>
        <source>找不到数据库文件 %1。请检查路径，或新建数据库。</source>
        <translation>找不到数据库文件 %1。请检查路径，或新建数据库。</translation>
    </message>
    <message>
        <source>无法打开数据库文件 %1：%2</source>
        <translation>无法打开数据库文件 %1：%2</translation>
    </message>
    <message>
        <source>SQLCipher 拒绝了密钥。</source>
        <translation>SQLCipher 拒绝了密钥。</translation>
    </message>
    <message>
        <source>%1 不是 CaseTrack 数据库，或文件已损坏（%2）。请选择正确的文件，或从备份恢复。</source>
        <translation>%1 不是 CaseTrack 数据库，或文件已损坏（%2）。请选择正确的文件，或从备份恢复。</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>未知用户</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <source>%1（程序 %2，计算机 %3，进程 %4）</source>
        <translation>%1（程序 %2，计算机 %3，进程 %4）</translation>
    </message>
    <message>
        <source>数据库 %1 正被 %2 使用。请等对方关闭或锁定后再试；只读查询不受影响。</source>
        <translation>数据库 %1 正被 %2 使用。请等对方关闭或锁定后再试；只读查询不受影响。</translation>
    </message>
    <message>
        <source>无法创建锁文件 %1：%2。请检查文件夹的写入权限。</source>
        <translation>无法创建锁文件 %1：%2。请检查文件夹的写入权限。</translation>
    </message>
    <message>
        <source>另一个程序</source>
        <translation>另一个程序</translation>
    </message>
</context>
<context>
    <name>DeadlineCounter</name>
    <message>
        <source>%1，%2</source>
        <extracomment>Joins two clauses of one deadline explanation.</extracomment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1。%2</source>
        <extracomment>Joins two sentences of one deadline explanation.</extracomment>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>自%1起算%2个月</source>
        <translation>自%1起算%2个月</translation>
    </message>
    <message>
        <source>自%1起算%2个工作日</source>
        <translation>自%1起算%2个工作日</translation>
    </message>
    <message>
        <source>自%1起算%2日</source>
        <translation>自%1起算%2日</translation>
    </message>
    <message>
        <source>期满日%1为法定节假日（%2），顺延至%3</source>
        <translation>期满日%1为法定节假日（%2），顺延至%3</translation>
    </message>
    <message>
        <source>期满日%1为星期六（休息日），顺延至%2</source>
        <translation>期满日%1为星期六（休息日），顺延至%2</translation>
    </message>
    <message>
        <source>期满日%1为星期日（休息日），顺延至%2</source>
        <translation>期满日%1为星期日（休息日），顺延至%2</translation>
    </message>
    <message>
        <source>期满日%1为星期六，但为调休上班日，不顺延</source>
        <translation>期满日%1为星期六，但为调休上班日，不顺延</translation>
    </message>
    <message>
        <source>期满日%1为星期日，但为调休上班日，不顺延</source>
        <translation>期满日%1为星期日，但为调休上班日，不顺延</translation>
    </message>
    <message>
        <source>期满日为%1</source>
        <translation>期满日为%1</translation>
    </message>
    <message>
        <source>%1、%2</source>
        <extracomment>Joins years in a list, e.g. 2027、2028.</extracomment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1年节假日安排尚未导入，期限按周末计算，请导入该年日历后复核</source>
        <translation>%1年节假日安排尚未导入，期限按周末计算，请导入该年日历后复核</translation>
    </message>
    <message>
        <source>起算日期无效，无法计算期限</source>
        <translation>起算日期无效，无法计算期限</translation>
    </message>
    <message>
        <source>期限数值%1无效，应为零或正整数</source>
        <translation>期限数值%1无效，应为零或正整数</translation>
    </message>
    <message>
        <source>%1年%2月没有%3日，以该月最后一日为期满日</source>
        <translation>%1年%2月没有%3日，以该月最后一日为期满日</translation>
    </message>
    <message>
        <source>严格计算模式：不因节假日顺延，期满日为%1</source>
        <translation>严格计算模式：不因节假日顺延，期满日为%1</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>宣布党纪处分决定</source>
        <translation>宣布党纪处分决定</translation>
    </message>
    <message>
        <source>报派出机构备案</source>
        <translation>报派出机构备案</translation>
    </message>
    <message>
        <source>一年半内不得提拔</source>
        <translation>一年半内不得提拔</translation>
    </message>
    <message>
        <source>一年内不得提拔</source>
        <translation>一年内不得提拔</translation>
    </message>
    <message>
        <source>二年内不得担任与原任职务相当或者高于原任职务的职务</source>
        <translation>二年内不得担任与原任职务相当或者高于原任职务的职务</translation>
    </message>
    <message>
        <source>留党察看期二年</source>
        <translation>留党察看期二年</translation>
    </message>
    <message>
        <source>留党察看期一年</source>
        <translation>留党察看期一年</translation>
    </message>
    <message>
        <source>五年内不得重新入党</source>
        <translation>五年内不得重新入党</translation>
    </message>
    <message>
        <source>报告处分决定执行情况</source>
        <translation>报告处分决定执行情况</translation>
    </message>
    <message>
        <source>办理职务、工资等待遇变更手续</source>
        <translation>办理职务、工资等待遇变更手续</translation>
    </message>
    <message>
        <source>经批准延长至 %1（第%2项）</source>
        <translation>经批准延长至 %1（第%2项）</translation>
    </message>
    <message>
        <source>留党察看期满处理</source>
        <translation>留党察看期满处理</translation>
    </message>
</context>
<context>
    <name>DesktopCommandLine</name>
    <message>
        <source>用法：casetrack [选项]

CaseTrack 桌面程序：打开上次使用的数据库；首次运行时打开设置向导。

选项：
  -h, --help     显示本帮助并退出
  --version      显示版本并退出
  另可使用 Qt 的通用选项，例如 -platform 名称、-style 名称。

环境变量：
  CASETRACK_DB   尚未记住数据库位置时打开的数据库文件（默认 %1）

命令行程序见 casetrack-cli --help。
</source>
        <translation>用法：casetrack [选项]

CaseTrack 桌面程序：打开上次使用的数据库；首次运行时打开设置向导。

选项：
  -h, --help     显示本帮助并退出
  --version      显示版本并退出
  另可使用 Qt 的通用选项，例如 -platform 名称、-style 名称。

环境变量：
  CASETRACK_DB   尚未记住数据库位置时打开的数据库文件（默认 %1）

命令行程序见 casetrack-cli --help。
</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>未到期</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>已超期</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>按期完成</source>
        <translation>按期完成</translation>
    </message>
    <message>
        <source>逾期完成</source>
        <translation>逾期完成</translation>
    </message>
    <message numerus="yes">
        <source>还剩 %n 天</source>
        <translation>
            <numerusform>还剩 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>今天到期</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>已超期 %n 天</source>
        <translation>
            <numerusform>已超期 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentNumbers</name>
    <message>
        <source>发文序号 %1 在 %2 年已用于案件 %3 的文书（%4）。请换一个序号，或留空由本机构的年度编号自动取号。</source>
        <translation>发文序号 %1 在 %2 年已用于案件 %3 的文书（%4）。请换一个序号，或留空由本机构的年度编号自动取号。</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>无法创建文件 %1：%2</source>
        <translation>无法创建文件 %1：%2</translation>
    </message>
    <message>
        <source>无法写入文件 %1：%2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>党纪处分决定</source>
        <translation>党纪处分决定</translation>
    </message>
    <message>
        <source>党纪处分备案表</source>
        <translation>党纪处分备案表</translation>
    </message>
    <message>
        <source>党纪处分决定宣布记录</source>
        <translation>党纪处分决定宣布记录</translation>
    </message>
    <message>
        <source>案件摘要</source>
        <translation>案件摘要</translation>
    </message>
    <message>
        <source>立案审查调查情况通报</source>
        <translation>立案审查调查情况通报</translation>
    </message>
    <message>
        <source>党纪处分建议通报（提出建议）</source>
        <translation>党纪处分建议通报（提出建议）</translation>
    </message>
    <message>
        <source>党纪处分建议通报（提请党组讨论决定）</source>
        <translation>党纪处分建议通报（提请党组讨论决定）</translation>
    </message>
    <message>
        <source>移送审理函</source>
        <translation>移送审理函</translation>
    </message>
    <message>
        <source>党纪处分决定通报派驻机构</source>
        <translation>党纪处分决定通报派驻机构</translation>
    </message>
    <message>
        <source>党纪处分决定通报组织部门</source>
        <translation>党纪处分决定通报组织部门</translation>
    </message>
    <message>
        <source>处理结果通报地方党组织</source>
        <translation>处理结果通报地方党组织</translation>
    </message>
    <message>
        <source>处理结果通报主管部门党组</source>
        <translation>处理结果通报主管部门党组</translation>
    </message>
    <message>
        <source>正文</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>一级标题</source>
        <translation>一级标题</translation>
    </message>
    <message>
        <source>二级标题</source>
        <translation>二级标题</translation>
    </message>
    <message>
        <source>页码</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1：%2 未安装，以 %3 代替</source>
        <translation>%1：%2 未安装，以 %3 代替</translation>
    </message>
    <message>
        <source>党纪处分程序期限</source>
        <translation>党纪处分程序期限</translation>
    </message>
    <message>
        <source>案件%1 %2：%3期限%4</source>
        <translation>案件%1 %2：%3期限%4</translation>
    </message>
    <message>
        <source>起算日：%1；届满日：%2；状态：%3</source>
        <translation>起算日：%1；届满日：%2；状态：%3</translation>
    </message>
    <message>
        <source>抄送：</source>
        <translation>抄送：</translation>
    </message>
    <message>
        <source>%1印发</source>
        <translation>%1印发</translation>
    </message>
    <message>
        <source>无法生成 PDF 文件。</source>
        <translation>无法生成 PDF 文件。</translation>
    </message>
    <message>
        <source>%1年%2月</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>应到%1人，实到%2人，同意%3人</source>
        <translation>应到%1人，实到%2人，同意%3人</translation>
    </message>
    <message>
        <source>%1生</source>
        <translation>%1生</translation>
    </message>
    <message>
        <source>%1加入中国共产党</source>
        <translation>%1加入中国共产党</translation>
    </message>
    <message>
        <source>现任%1%2</source>
        <translation>现任%1%2</translation>
    </message>
    <message>
        <source>经%1%2会议集体讨论决定</source>
        <translation>经%1%2会议集体讨论决定</translation>
    </message>
    <message>
        <source>经%1审查批准</source>
        <translation>经%1审查批准</translation>
    </message>
    <message>
        <source>经%1审议批准</source>
        <translation>经%1审议批准</translation>
    </message>
    <message>
        <source>经%1研究决定</source>
        <translation>经%1研究决定</translation>
    </message>
    <message>
        <source>未到期</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>按期完成</source>
        <translation>按期完成</translation>
    </message>
    <message>
        <source>逾期完成</source>
        <translation>逾期完成</translation>
    </message>
    <message>
        <source>留党察看一年</source>
        <translation>留党察看一年</translation>
    </message>
    <message>
        <source>留党察看二年</source>
        <translation>留党察看二年</translation>
    </message>
    <message>
        <source>已结案</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>未结案</source>
        <translation>未结案</translation>
    </message>
    <message>
        <source>经%1审理（审理报告于%2正式反馈），</source>
        <translation>经%1审理（审理报告于%2正式反馈），</translation>
    </message>
    <message>
        <source>并已与%1有关部门沟通形成一致意见，</source>
        <translation>并已与%1有关部门沟通形成一致意见，</translation>
    </message>
    <message>
        <source>按照驻在单位党的工作领导关系，本案将移送%1审理。</source>
        <translation>按照驻在单位党的工作领导关系，本案将移送%1审理。</translation>
    </message>
    <message>
        <source>%1，决定给予%2同志%3处分，自%4起生效。</source>
        <translation>%1，决定给予%2同志%3处分，自%4起生效。</translation>
    </message>
    <message>
        <source>尚未作出党纪处分决定。</source>
        <translation>尚未作出党纪处分决定。</translation>
    </message>
    <message>
        <source>本单位规定</source>
        <translation>本单位规定</translation>
    </message>
    <message>
        <source>文书信息中没有字段 %1。可用字段：%2。</source>
        <translation>文书信息中没有字段 %1。可用字段：%2。</translation>
    </message>
    <message>
        <source>文书信息中的日期须写成 YYYY-MM-DD。</source>
        <translation>文书信息中的日期须写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>中共某某部党组</source>
        <translation>中共某某部党组</translation>
    </message>
    <message>
        <source>某某部</source>
        <translation>某某部</translation>
    </message>
    <message>
        <source>中央纪委国家监委驻某某部纪检监察组</source>
        <translation>中央纪委国家监委驻某某部纪检监察组</translation>
    </message>
    <message>
        <source>中央和国家机关纪检监察工委</source>
        <translation>中央和国家机关纪检监察工委</translation>
    </message>
    <message>
        <source>中央纪委国家监委</source>
        <translation>中央纪委国家监委</translation>
    </message>
    <message>
        <source>中共某某部机关纪委</source>
        <translation>中共某某部机关纪委</translation>
    </message>
    <message>
        <source>中共某某部机关委员会</source>
        <translation>中共某某部机关委员会</translation>
    </message>
    <message>
        <source>中共某某市纪委</source>
        <translation>中共某某市纪委</translation>
    </message>
    <message>
        <source>中共某某市委</source>
        <translation>中共某某市委</translation>
    </message>
    <message>
        <source>中央组织部</source>
        <translation>中央组织部</translation>
    </message>
    <message>
        <source>中共某某部党组办公室</source>
        <translation>中共某某部党组办公室</translation>
    </message>
    <message>
        <source>某党组〔{year}〕{seq}号</source>
        <translation>某党组〔{year}〕{seq}号</translation>
    </message>
    <message>
        <source>文书设置 signatures 应为对象。</source>
        <translation>文书设置 signatures 应为对象。</translation>
    </message>
    <message>
        <source>文书设置 signatures.%1 应为文本。</source>
        <translation>文书设置 signatures.%1 应为文本。</translation>
    </message>
    <message>
        <source>文书设置 %1 应为文本。</source>
        <translation>文书设置 %1 应为文本。</translation>
    </message>
    <message>
        <source>未知的文书设置项：%1</source>
        <translation>未知的文书设置项：%1</translation>
    </message>
    <message>
        <source>文书模板第 %1 行：%2</source>
        <translation>文书模板第 %1 行：%2</translation>
    </message>
    <message>
        <source>无法读取文书模板 %1：%2</source>
        <translation>无法读取文书模板 %1：%2</translation>
    </message>
    <message>
        <source>表格中只能有“|”行、@rows 和 @end</source>
        <translation>表格中只能有“|”行、@rows 和 @end</translation>
    </message>
    <message>
        <source>未知的占位符 %1</source>
        <translation>未知的占位符 %1</translation>
    </message>
    <message>
        <source>列宽应为正整数：%1</source>
        <translation>列宽应为正整数：%1</translation>
    </message>
    <message>
        <source>@table 需要列宽，如 @table 2,3</source>
        <translation>@table 需要列宽，如 @table 2,3</translation>
    </message>
    <message>
        <source>未知的列表 %1</source>
        <translation>未知的列表 %1</translation>
    </message>
    <message>
        <source>未知的指令 %1</source>
        <translation>未知的指令 %1</translation>
    </message>
    <message>
        <source>表格缺少 @end</source>
        <translation>表格缺少 @end</translation>
    </message>
    <message>
        <source>案件编号</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>被审查调查人</source>
        <translation>被审查调查人</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>适用程序</source>
        <translation>适用程序</translation>
    </message>
    <message>
        <source>当前阶段</source>
        <translation>当前阶段</translation>
    </message>
    <message>
        <source>是否结案</source>
        <translation>是否结案</translation>
    </message>
    <message>
        <source>立案日期</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <source>处分种类</source>
        <translation>处分种类</translation>
    </message>
    <message>
        <source>决定日期</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>生效日期</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>最近期限</source>
        <translation>最近期限</translation>
    </message>
    <message>
        <source>最近届满日</source>
        <translation>最近届满日</translation>
    </message>
    <message>
        <source>逾期数</source>
        <translation>逾期数</translation>
    </message>
    <message>
        <source>是</source>
        <translation>是</translation>
    </message>
    <message>
        <source>否</source>
        <translation>否</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>起算日</source>
        <translation>起算日</translation>
    </message>
    <message>
        <source>届满日</source>
        <translation>届满日</translation>
    </message>
    <message>
        <source>名义届满日</source>
        <translation>名义届满日</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>完成日期</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>案件清单</source>
        <translation>案件清单</translation>
    </message>
    <message>
        <source>案件清单不能导出为日历（ICS）；请导出期限清单。</source>
        <translation>案件清单不能导出为日历（ICS）；请导出期限清单。</translation>
    </message>
    <message>
        <source>期限清单</source>
        <translation>期限清单</translation>
    </message>
    <message>
        <source>无法写入文件 %1</source>
        <translation>无法写入文件 %1</translation>
    </message>
    <message>
        <source>案件尚未立案，不能制作立案通报。</source>
        <translation>案件尚未立案，不能制作立案通报。</translation>
    </message>
    <message>
        <source>尚未提出党纪处分建议。</source>
        <translation>尚未提出党纪处分建议。</translation>
    </message>
    <message>
        <source>案件尚未作出生效的党纪处分决定。</source>
        <translation>案件尚未作出生效的党纪处分决定。</translation>
    </message>
    <message>
        <source>经%1审议批准，并经%2%3会议审议批准</source>
        <translation>经%1审议批准，并经%2%3会议审议批准</translation>
    </message>
    <message>
        <source>对处分所依据的事实材料无异议</source>
        <translation>对处分所依据的事实材料无异议</translation>
    </message>
    <message>
        <source>对处分所依据的事实材料有异议</source>
        <translation>对处分所依据的事实材料有异议</translation>
    </message>
    <message>
        <source>本案不是派驻机构立案，第五条规定的向党组主要负责人通报立案不适用。</source>
        <translation>本案不是派驻机构立案，第五条规定的向党组主要负责人通报立案不适用。</translation>
    </message>
    <message>
        <source>本案不需移送审理，第六条规定的处分建议通报党组不适用。</source>
        <translation>本案不需移送审理，第六条规定的处分建议通报党组不适用。</translation>
    </message>
    <message>
        <source>本案不需移送派出机构审理（第六条）。</source>
        <translation>本案不需移送派出机构审理（第六条）。</translation>
    </message>
    <message>
        <source>派出机关已批准本案不移送审理（第六条第二款），不能制作移送审理函。</source>
        <translation>派出机关已批准本案不移送审理（第六条第二款），不能制作移送审理函。</translation>
    </message>
    <message>
        <source>处分建议尚未通报党组，还不能移送审理（第六条）。</source>
        <translation>处分建议尚未通报党组，还不能移送审理（第六条）。</translation>
    </message>
    <message>
        <source>本案不由党组讨论决定，第八条规定的处分建议通报驻在单位党组不适用。</source>
        <translation>本案不由党组讨论决定，第八条规定的处分建议通报驻在单位党组不适用。</translation>
    </message>
    <message>
        <source>派出机构尚未反馈审理报告（第七条、第八条）。</source>
        <translation>派出机构尚未反馈审理报告（第七条、第八条）。</translation>
    </message>
    <message>
        <source>尚未记录听取本人陈述和申辩（党章第四十三条）。</source>
        <translation>尚未记录听取本人陈述和申辩（党章第四十三条）。</translation>
    </message>
    <message>
        <source>地方纪委作出的处分决定不报派出机构备案（第十一条、第十二条）。</source>
        <translation>地方纪委作出的处分决定不报派出机构备案（第十一条、第十二条）。</translation>
    </message>
    <message>
        <source>只有党组决定的处分和经党组会议批准的开除党籍须报备案（第十一条）。</source>
        <translation>只有党组决定的处分和经党组会议批准的开除党籍须报备案（第十一条）。</translation>
    </message>
    <message>
        <source>本案不由党组决定，第十条规定的正式通报派驻机构不适用。</source>
        <translation>本案不由党组决定，第十条规定的正式通报派驻机构不适用。</translation>
    </message>
    <message>
        <source>被处分人不是向党中央或本级地方党委备案的党员干部，第十一条第三款不适用。</source>
        <translation>被处分人不是向党中央或本级地方党委备案的党员干部，第十一条第三款不适用。</translation>
    </message>
    <message>
        <source>本案不是党组决定、党的组织关系在地方的案件，第十二条第一款的通报不适用。</source>
        <translation>本案不是党组决定、党的组织关系在地方的案件，第十二条第一款的通报不适用。</translation>
    </message>
    <message>
        <source>本案不是地方纪委作出决定的案件，第十二条规定的通报主管部门党组不适用。</source>
        <translation>本案不是地方纪委作出决定的案件，第十二条规定的通报主管部门党组不适用。</translation>
    </message>
    <message>
        <source>处分依据应写明所依据的条款，如《中国共产党纪律处分条例》第一百零一条；现为：%1。</source>
        <translation>处分依据应写明所依据的条款，如《中国共产党纪律处分条例》第一百零一条；现为：%1。</translation>
    </message>
    <message>
        <source>%1须写明违纪事实和处分依据，不能空白印发。请填写：%2。</source>
        <translation>%1须写明违纪事实和处分依据，不能空白印发。请填写：%2。</translation>
    </message>
    <message>
        <source>被处分人向本级地方党委备案，通报应送本级党委组织部门：请在文书设置中填写其名称（org_department）。</source>
        <translation>被处分人向本级地方党委备案，通报应送本级党委组织部门：请在文书设置中填写其名称（org_department）。</translation>
    </message>
    <message>
        <source>听取本人陈述和申辩记录</source>
        <translation>听取本人陈述和申辩记录</translation>
    </message>
    <message>
        <source>处分决定送达回执</source>
        <translation>处分决定送达回执</translation>
    </message>
    <message>
        <source>党纪处分备案材料清单</source>
        <translation>党纪处分备案材料清单</translation>
    </message>
    <message>
        <source>党组</source>
        <translation>党组</translation>
    </message>
    <message>
        <source>派驻机构</source>
        <translation>派驻机构</translation>
    </message>
    <message>
        <source>派出机构</source>
        <translation>派出机构</translation>
    </message>
    <message>
        <source>派出机关</source>
        <translation>派出机关</translation>
    </message>
    <message>
        <source>基层纪委</source>
        <translation>基层纪委</translation>
    </message>
    <message>
        <source>基层党委</source>
        <translation>基层党委</translation>
    </message>
    <message>
        <source>地方纪委</source>
        <translation>地方纪委</translation>
    </message>
    <message>
        <source>本级党委组织部门</source>
        <translation>本级党委组织部门</translation>
    </message>
    <message>
        <source>地方党组织</source>
        <translation>地方党组织</translation>
    </message>
    <message>
        <source>案件的 bodies.%1 指向 %2，但没有这个%3机构。请先登记（org add），或更正案件事实。</source>
        <translation>案件的 bodies.%1 指向 %2，但没有这个%3机构。请先登记（org add），或更正案件事实。</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1的发文字号前缀（doc_prefix）</source>
        <translation>%1的发文字号前缀（doc_prefix）</translation>
    </message>
    <message>
        <source>%1不能以占位机构印发。请先登记：%2（casetrack-cli org add --data &apos;{&quot;kind&quot;: &quot;…&quot;, &quot;name&quot;: &quot;…&quot;, &quot;doc_prefix&quot;: &quot;…&quot;}&apos;，或在文书设置中填写）。</source>
        <translation>%1不能以占位机构印发。请先登记：%2（casetrack-cli org add --data &apos;{&quot;kind&quot;: &quot;…&quot;, &quot;name&quot;: &quot;…&quot;, &quot;doc_prefix&quot;: &quot;…&quot;}&apos;，或在文书设置中填写）。</translation>
    </message>
    <message>
        <source>同志</source>
        <translation>同志</translation>
    </message>
    <message>
        <source>附件：</source>
        <translation>附件：</translation>
    </message>
    <message>
        <source>案件%1：%2期限%3</source>
        <translation>案件%1：%2期限%3</translation>
    </message>
    <message>
        <source>违纪事实</source>
        <translation>违纪事实</translation>
    </message>
    <message>
        <source>处分依据（如《中国共产党纪律处分条例》第一百零一条）</source>
        <translation>处分依据（如《中国共产党纪律处分条例》第一百零一条）</translation>
    </message>
    <message>
        <source>备案材料清单须列出材料：请在备案步骤中记录备案材料，或在文书信息中填写。</source>
        <translation>备案材料清单须列出材料：请在备案步骤中记录备案材料，或在文书信息中填写。</translation>
    </message>
    <message>
        <source>党组与派驻机构对处分建议没有不同意见，第八条规定的报请派出机关研究决定不适用。</source>
        <translation>党组与派驻机构对处分建议没有不同意见，第八条规定的报请派出机关研究决定不适用。</translation>
    </message>
    <message>
        <source>尚未记录报请派出机关研究决定（第八条）。</source>
        <translation>尚未记录报请派出机关研究决定（第八条）。</translation>
    </message>
    <message>
        <source>被处分人不是同时担任地方党委委员、候补委员或者地方纪委委员的党组管理干部，第十二条第二款规定的征求主管部门党组意见不适用。</source>
        <translation>被处分人不是同时担任地方党委委员、候补委员或者地方纪委委员的党组管理干部，第十二条第二款规定的征求主管部门党组意见不适用。</translation>
    </message>
    <message>
        <source>尚未记录征求主管部门党组意见（第十二条第二款）。</source>
        <translation>尚未记录征求主管部门党组意见（第十二条第二款）。</translation>
    </message>
    <message>
        <source>本案未给予党纪处分，没有需要报告的执行情况。</source>
        <translation>本案未给予党纪处分，没有需要报告的执行情况。</translation>
    </message>
    <message>
        <source>处分决定尚未宣布，还不能报告执行情况。</source>
        <translation>处分决定尚未宣布，还不能报告执行情况。</translation>
    </message>
    <message>
        <source>本案没有留党察看处分，条例第十二条的期满处理不适用。</source>
        <translation>本案没有留党察看处分，条例第十二条的期满处理不适用。</translation>
    </message>
    <message>
        <source>尚未记录留党察看期满处理。</source>
        <translation>尚未记录留党察看期满处理。</translation>
    </message>
    <message>
        <source>受处分党员没有提出申诉。</source>
        <translation>受处分党员没有提出申诉。</translation>
    </message>
    <message>
        <source>申诉尚未作出处理决定。</source>
        <translation>申诉尚未作出处理决定。</translation>
    </message>
    <message>
        <source>报请派出机关研究决定的请示</source>
        <translation>报请派出机关研究决定的请示</translation>
    </message>
    <message>
        <source>征求主管部门党组意见函</source>
        <translation>征求主管部门党组意见函</translation>
    </message>
    <message>
        <source>处分决定执行情况报告</source>
        <translation>处分决定执行情况报告</translation>
    </message>
    <message>
        <source>留党察看期满处理决定</source>
        <translation>留党察看期满处理决定</translation>
    </message>
    <message>
        <source>申诉处理决定</source>
        <translation>申诉处理决定</translation>
    </message>
    <message>
        <source>经机关纪委</source>
        <translation>经机关纪委</translation>
    </message>
    <message>
        <source>经%1</source>
        <translation>经%1</translation>
    </message>
    <message>
        <source>处分决定材料已于%1归入%2同志档案。</source>
        <translation>处分决定材料已于%1归入%2同志档案。</translation>
    </message>
    <message>
        <source>处分决定材料尚未归入本人档案。</source>
        <translation>处分决定材料尚未归入本人档案。</translation>
    </message>
    <message>
        <source>职务、工资、工作及其他有关待遇变更手续已于%1办理完毕。</source>
        <translation>职务、工资、工作及其他有关待遇变更手续已于%1办理完毕。</translation>
    </message>
    <message>
        <source>职务、工资、工作及其他有关待遇变更手续尚未办理完毕。</source>
        <translation>职务、工资、工作及其他有关待遇变更手续尚未办理完毕。</translation>
    </message>
    <message>
        <source>本处分不涉及职务、工资等待遇变更。</source>
        <translation>本处分不涉及职务、工资等待遇变更。</translation>
    </message>
    <message>
        <source>关于恢复%1同志党员权利的决定</source>
        <translation>关于恢复%1同志党员权利的决定</translation>
    </message>
    <message>
        <source>留党察看期满，经%1研究，决定恢复%2同志党员权利。</source>
        <translation>留党察看期满，经%1研究，决定恢复%2同志党员权利。</translation>
    </message>
    <message>
        <source>关于延长%1同志留党察看期限的决定</source>
        <translation>关于延长%1同志留党察看期限的决定</translation>
    </message>
    <message>
        <source>留党察看期满，经%1研究，决定延长%2同志留党察看期限一年。</source>
        <translation>留党察看期满，经%1研究，决定延长%2同志留党察看期限一年。</translation>
    </message>
    <message>
        <source>关于开除%1党籍的决定</source>
        <translation>关于开除%1党籍的决定</translation>
    </message>
    <message>
        <source>经%1研究，决定开除%2党籍。</source>
        <translation>经%1研究，决定开除%2党籍。</translation>
    </message>
    <message>
        <source>决定维持原处分决定。</source>
        <translation>决定维持原处分决定。</translation>
    </message>
    <message>
        <source>决定将原%1处分变更为%2处分，自%3起生效。</source>
        <translation>决定将原%1处分变更为%2处分，自%3起生效。</translation>
    </message>
    <message>
        <source>决定撤销原%1处分，自%2起生效。</source>
        <translation>决定撤销原%1处分，自%2起生效。</translation>
    </message>
</context>
<context>
    <name>EngineSettings</name>
    <message>
        <source>未知设置项 %1。</source>
        <translation>未知设置项 %1。</translation>
    </message>
    <message>
        <source>设置项 %1 应为对象 {numerator, denominator, strictly_more}。</source>
        <translation>设置项 %1 应为对象 {numerator, denominator, strictly_more}。</translation>
    </message>
    <message>
        <source>设置项 %1.numerator 应为整数。</source>
        <translation>设置项 %1.numerator 应为整数。</translation>
    </message>
    <message>
        <source>设置项 %1.denominator 应为整数。</source>
        <translation>设置项 %1.denominator 应为整数。</translation>
    </message>
    <message>
        <source>设置项 %1.strictly_more 应为 true 或 false。</source>
        <translation>设置项 %1.strictly_more 应为 true 或 false。</translation>
    </message>
    <message>
        <source>设置项 %1 的比例无效：应在二分之一到全部之间（如 1/2、2/3）。</source>
        <translation>设置项 %1 的比例无效：应在二分之一到全部之间（如 1/2、2/3）。</translation>
    </message>
    <message>
        <source>设置项 warning_days 应为 0 到 366 之间的整数。</source>
        <translation>设置项 warning_days 应为 0 到 366 之间的整数。</translation>
    </message>
    <message>
        <source>设置项 strict_counting 应为 true 或 false。</source>
        <translation>设置项 strict_counting 应为 true 或 false。</translation>
    </message>
    <message>
        <source>设置项 deadline_rules 应为数组。</source>
        <translation>设置项 deadline_rules 应为数组。</translation>
    </message>
    <message>
        <source>设置项 %1 应为对象。</source>
        <translation>设置项 %1 应为对象。</translation>
    </message>
    <message>
        <source>设置项 %1.id 无效或重复：应为小写字母、数字、下划线，且不能为 announce、record_filing。</source>
        <translation>设置项 %1.id 无效或重复：应为小写字母、数字、下划线，且不能为 announce、record_filing。</translation>
    </message>
    <message>
        <source>设置项 %1.label 不能为空。</source>
        <translation>设置项 %1.label 不能为空。</translation>
    </message>
    <message>
        <source>设置项 %1.trigger_step 不是有效的步骤。</source>
        <translation>设置项 %1.trigger_step 不是有效的步骤。</translation>
    </message>
    <message>
        <source>设置项 %1.met_by_step 不是有效的步骤。</source>
        <translation>设置项 %1.met_by_step 不是有效的步骤。</translation>
    </message>
    <message>
        <source>设置项 %1.period 应为对象 {amount, unit}。</source>
        <translation>设置项 %1.period 应为对象 {amount, unit}。</translation>
    </message>
    <message>
        <source>设置项 %1.period.amount 应为 1 到 3660 之间的整数。</source>
        <translation>设置项 %1.period.amount 应为 1 到 3660 之间的整数。</translation>
    </message>
    <message>
        <source>设置项 %1.period.unit 应为 days、months 或 working_days。</source>
        <translation>设置项 %1.period.unit 应为 days、months 或 working_days。</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>密码错误或用户不存在。</source>
        <translation>密码错误或用户不存在。</translation>
    </message>
    <message>
        <source>无法打开数据库：文件不存在、已被占用或不是 CaseTrack 数据库。</source>
        <translation>无法打开数据库：文件不存在、已被占用或不是 CaseTrack 数据库。</translation>
    </message>
    <message>
        <source>程序规定不允许此步骤。</source>
        <translation>程序规定不允许此步骤。</translation>
    </message>
    <message>
        <source>输入的数据无效。</source>
        <translation>输入的数据无效。</translation>
    </message>
    <message>
        <source>审计记录已被篡改。</source>
        <translation>审计记录已被篡改。</translation>
    </message>
    <message>
        <source>操作失败。</source>
        <translation>操作失败。</translation>
    </message>
    <message>
        <source>%1（依据：%2）</source>
        <translation>%1（依据：%2）</translation>
    </message>
</context>
<context>
    <name>ExportFolder</name>
    <message>
        <source>无法创建文件夹 %1。%2</source>
        <translation>无法创建文件夹 %1。%2</translation>
    </message>
</context>
<context>
    <name>FactErrorText</name>
    <message>
        <source>“属于驻在单位党组管理的人员”</source>
        <translation>“属于驻在单位党组管理的人员”</translation>
    </message>
    <message>
        <source>“任免由驻在单位党组会议讨论决定”</source>
        <translation>“任免由驻在单位党组会议讨论决定”</translation>
    </message>
    <message>
        <source>“同时是地方党委委员、候补委员或地方纪委委员”</source>
        <translation>“同时是地方党委委员、候补委员或地方纪委委员”</translation>
    </message>
    <message>
        <source>“党组织关系在地方”</source>
        <translation>“党组织关系在地方”</translation>
    </message>
    <message>
        <source>“姓名”</source>
        <translation>“姓名”</translation>
    </message>
    <message>
        <source>“处分决定方式”</source>
        <translation>“处分决定方式”</translation>
    </message>
    <message>
        <source>“立案机关”</source>
        <translation>“立案机关”</translation>
    </message>
    <message>
        <source>请改为“党组讨论决定”</source>
        <translation>请改为“党组讨论决定”</translation>
    </message>
    <message>
        <source>为“基层纪委、基层党委审批”</source>
        <translation>为“基层纪委、基层党委审批”</translation>
    </message>
    <message>
        <source>为“地方纪委”</source>
        <translation>为“地方纪委”</translation>
    </message>
    <message>
        <source>为“是”</source>
        <translation>为“是”</translation>
    </message>
    <message>
        <source>为“否”</source>
        <translation>为“否”</translation>
    </message>
    <message>
        <source>请在“设置”中查看或登记机构。</source>
        <translation>请在“设置”中查看或登记机构。</translation>
    </message>
    <message>
        <source>为“党组讨论决定”</source>
        <translation>为“党组讨论决定”</translation>
    </message>
    <message>
        <source>%1%2</source>
        <comment>a field&apos;s label, then “is &lt;value&gt;”</comment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>文件夹 %1 不存在。请选择已有的文件夹，或先创建它。</source>
        <translation>文件夹 %1 不存在。请选择已有的文件夹，或先创建它。</translation>
    </message>
    <message>
        <source>%1 不是文件夹。请另选保存位置。</source>
        <translation>%1 不是文件夹。请另选保存位置。</translation>
    </message>
    <message>
        <source>没有在文件夹 %1 中保存文件的权限。请选择自己的文件夹，如“文档”或主目录。</source>
        <translation>没有在文件夹 %1 中保存文件的权限。请选择自己的文件夹，如“文档”或主目录。</translation>
    </message>
    <message>
        <source>已有同名的文件夹。请换一个文件名。</source>
        <translation>已有同名的文件夹。请换一个文件名。</translation>
    </message>
    <message>
        <source>已有同名的只读文件。请换一个文件名，或先关闭正在使用它的程序。</source>
        <translation>已有同名的只读文件。请换一个文件名，或先关闭正在使用它的程序。</translation>
    </message>
    <message>
        <source>磁盘可能已满或不可用。请检查磁盘空间或另选保存位置后重试。</source>
        <translation>磁盘可能已满或不可用。请检查磁盘空间或另选保存位置后重试。</translation>
    </message>
</context>
<context>
    <name>HolidayCalendar</name>
    <message>
        <source>节假日文件不是有效的 JSON（第 %1 个字节附近：%2）。请确认文件完整，或重新下载 holiday-cn 格式的年度文件（如 2025.json）。</source>
        <translation>节假日文件不是有效的 JSON（第 %1 个字节附近：%2）。请确认文件完整，或重新下载 holiday-cn 格式的年度文件（如 2025.json）。</translation>
    </message>
    <message>
        <source>节假日文件的最外层应为 JSON 对象。请选择 holiday-cn 格式的年度文件（如 2025.json）。</source>
        <translation>节假日文件的最外层应为 JSON 对象。请选择 holiday-cn 格式的年度文件（如 2025.json）。</translation>
    </message>
    <message>
        <source>节假日文件缺少有效的年份：“year”应为 1900 至 2999 之间的整数，如 &quot;year&quot;: 2025。请检查文件内容。</source>
        <translation>节假日文件缺少有效的年份：“year”应为 1900 至 2999 之间的整数，如 &quot;year&quot;: 2025。请检查文件内容。</translation>
    </message>
    <message>
        <source>节假日文件缺少数组“days”（当年的放假和调休上班日期）。请确认文件为 holiday-cn 格式。</source>
        <translation>节假日文件缺少数组“days”（当年的放假和调休上班日期）。请确认文件为 holiday-cn 格式。</translation>
    </message>
    <message>
        <source>%1 年的节假日文件没有任何日期，可能是国务院通知发布前的占位文件。请在通知发布后下载完整文件再导入。</source>
        <translation>%1 年的节假日文件没有任何日期，可能是国务院通知发布前的占位文件。请在通知发布后下载完整文件再导入。</translation>
    </message>
    <message>
        <source>“days”中的第 %1 条不是 JSON 对象，应形如 {&quot;name&quot;: &quot;春节&quot;, &quot;date&quot;: &quot;2025-01-28&quot;, &quot;isOffDay&quot;: true}。请改正后重新导入。</source>
        <translation>“days”中的第 %1 条不是 JSON 对象，应形如 {&quot;name&quot;: &quot;春节&quot;, &quot;date&quot;: &quot;2025-01-28&quot;, &quot;isOffDay&quot;: true}。请改正后重新导入。</translation>
    </message>
    <message>
        <source>“days”中的第 %1 条日期“%2”无效：应为 YYYY-MM-DD 格式的真实日期，如 &quot;2025-10-01&quot;。请改正后重新导入。</source>
        <translation>“days”中的第 %1 条日期“%2”无效：应为 YYYY-MM-DD 格式的真实日期，如 &quot;2025-10-01&quot;。请改正后重新导入。</translation>
    </message>
    <message>
        <source>“days”中的第 %1 条日期 %2 不在文件的年份 %3 年内。请核对“year”或该日期后重新导入。</source>
        <translation>“days”中的第 %1 条日期 %2 不在文件的年份 %3 年内。请核对“year”或该日期后重新导入。</translation>
    </message>
    <message>
        <source>“days”中的第 %1 条（%2）缺少节日名称：“name”应为非空文字，如 &quot;国庆节&quot;。请补充后重新导入。</source>
        <translation>“days”中的第 %1 条（%2）缺少节日名称：“name”应为非空文字，如 &quot;国庆节&quot;。请补充后重新导入。</translation>
    </message>
    <message>
        <source>“days”中的第 %1 条（%2）缺少“isOffDay”：应为 true（放假）或 false（调休上班）。请补充后重新导入。</source>
        <translation>“days”中的第 %1 条（%2）缺少“isOffDay”：应为 true（放假）或 false（调休上班）。请补充后重新导入。</translation>
    </message>
    <message>
        <source>“days”中的第 %1 条日期 %2 与第 %3 条重复，每个日期只能出现一次。请删除重复项后重新导入。</source>
        <translation>“days”中的第 %1 条日期 %2 与第 %3 条重复，每个日期只能出现一次。请删除重复项后重新导入。</translation>
    </message>
</context>
<context>
    <name>InputLimits</name>
    <message>
        <source>字段 %1 %2。请修改后重试。</source>
        <translation>字段 %1 %2。请修改后重试。</translation>
    </message>
    <message>
        <source>太长（%1 个字符，最多 %2 个）</source>
        <translation>太长（%1 个字符，最多 %2 个）</translation>
    </message>
    <message>
        <source>含有不允许的控制字符（U+%1）</source>
        <translation>含有不允许的控制字符（U+%1）</translation>
    </message>
    <message>
        <source>嵌套太深</source>
        <translation>嵌套太深</translation>
    </message>
    <message>
        <source>条目太多（最多 1000 条）</source>
        <translation>条目太多（最多 1000 条）</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>数据库文件 %1 已损坏：%2</source>
        <translation>数据库文件 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>数据库文件 %1 已损坏：%2。请从备份恢复。</source>
        <translation>数据库文件 %1 已损坏：%2。请从备份恢复。</translation>
    </message>
</context>
<context>
    <name>InterfaceLanguage</name>
    <message>
        <source>中文</source>
        <extracomment>The name of the interface&apos;s language; the English translation says &quot;English&quot;.</extracomment>
        <translation>中文</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>%1 不是 CaseTrack 数据库的密钥文件，或已损坏。请选择正确的数据库文件，或从备份恢复。</source>
        <translation>%1 不是 CaseTrack 数据库的密钥文件，或已损坏。请选择正确的数据库文件，或从备份恢复。</translation>
    </message>
    <message>
        <source>找不到数据库 %1 的密钥文件 %2。它与数据库文件放在同一文件夹，复制或备份时请一并带上。</source>
        <translation>找不到数据库 %1 的密钥文件 %2。它与数据库文件放在同一文件夹，复制或备份时请一并带上。</translation>
    </message>
    <message>
        <source>密钥文件 %1 由更新版本的 CaseTrack 创建，请升级本程序。</source>
        <translation>密钥文件 %1 由更新版本的 CaseTrack 创建，请升级本程序。</translation>
    </message>
    <message>
        <source>无法写入密钥文件 %1：%2。请检查文件夹的写入权限和磁盘空间。</source>
        <translation>无法写入密钥文件 %1：%2。请检查文件夹的写入权限和磁盘空间。</translation>
    </message>
</context>
<context>
    <name>ListText</name>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>；</source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>MaterialTempFiles</name>
    <message>
        <source>无法为查看程序写入临时副本 %1。请检查磁盘空间后重试。</source>
        <translation>无法为查看程序写入临时副本 %1。请检查磁盘空间后重试。</translation>
    </message>
</context>
<context>
    <name>Organization</name>
    <message>
        <source>default 应为 true 或 false。</source>
        <translation>default 应为 true 或 false。</translation>
    </message>
    <message>
        <source>未知的机构字段：%1。可用：kind、name、short_name、doc_prefix、printing_office、default。</source>
        <translation>未知的机构字段：%1。可用：kind、name、short_name、doc_prefix、printing_office、default。</translation>
    </message>
    <message>
        <source>%1 应为文本。</source>
        <translation>%1 应为文本。</translation>
    </message>
    <message>
        <source>%1 含有控制字符，请删去后重试。</source>
        <translation>%1 含有控制字符，请删去后重试。</translation>
    </message>
    <message>
        <source>kind 须为以下之一：%1。</source>
        <translation>kind 须为以下之一：%1。</translation>
    </message>
    <message>
        <source>name（机构全称）不能为空。</source>
        <translation>name（机构全称）不能为空。</translation>
    </message>
    <message>
        <source>没有编号为 %1 的机构。</source>
        <translation>没有编号为 %1 的机构。</translation>
    </message>
    <message>
        <source>机构的类别不能更改（%1）。</source>
        <translation>机构的类别不能更改（%1）。</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>含有常用密码或常见单词</source>
        <translation>含有常用密码或常见单词</translation>
    </message>
    <message>
        <source>含有用户名或单位名称</source>
        <translation>含有用户名或单位名称</translation>
    </message>
    <message>
        <source>含有重复的字符</source>
        <translation>含有重复的字符</translation>
    </message>
    <message>
        <source>含有连续的字符，如 12345 或 abcde</source>
        <translation>含有连续的字符，如 12345 或 abcde</translation>
    </message>
    <message>
        <source>含有键盘上相邻的键，如 qwerty</source>
        <translation>含有键盘上相邻的键，如 qwerty</translation>
    </message>
    <message>
        <source>含有日期或年份</source>
        <translation>含有日期或年份</translation>
    </message>
    <message>
        <source>密码不能为空。</source>
        <translation>密码不能为空。</translation>
    </message>
    <message>
        <source>请改用更长、不易猜到的密码，例如由几个不相关的词和数字组成的短语。</source>
        <translation>请改用更长、不易猜到的密码，例如由几个不相关的词和数字组成的短语。</translation>
    </message>
    <message>
        <source>密码太容易被猜到。%1</source>
        <translation>密码太容易被猜到。%1</translation>
    </message>
    <message>
        <source>密码太容易被猜到（%1）。%2</source>
        <translation>密码太容易被猜到（%1）。%2</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <source>较强</source>
        <translation>较强</translation>
    </message>
    <message>
        <source>很强</source>
        <translation>很强</translation>
    </message>
</context>
<context>
    <name>ProcedureEngine</name>
    <message>
        <source>%1%2年</source>
        <translation>%1%2年</translation>
    </message>
    <message>
        <source>要更正的第%1项记录不存在。</source>
        <translation>要更正的第%1项记录不存在。</translation>
    </message>
    <message>
        <source>更正记录只能撤销（retract: true），不能修改；如需改为其他内容，请撤销后重新更正原记录。</source>
        <translation>更正记录只能撤销（retract: true），不能修改；如需改为其他内容，请撤销后重新更正原记录。</translation>
    </message>
    <message>
        <source>第%1项记录已被撤销，不能再更正。</source>
        <translation>第%1项记录已被撤销，不能再更正。</translation>
    </message>
    <message>
        <source>更正后，第%1项“%2”将不符合程序：%3 请先更正或撤销相关记录。</source>
        <translation>更正后，第%1项“%2”将不符合程序：%3 请先更正或撤销相关记录。</translation>
    </message>
    <message>
        <source>未知的步骤 %1。</source>
        <translation>未知的步骤 %1。</translation>
    </message>
    <message>
        <source>“%1”缺少有效日期，请按 YYYY-MM-DD 填写。</source>
        <translation>“%1”缺少有效日期，请按 YYYY-MM-DD 填写。</translation>
    </message>
    <message>
        <source>“%1”的字段 %2</source>
        <translation>“%1”的字段 %2</translation>
    </message>
    <message>
        <source>%1 应为文本。</source>
        <translation>%1 应为文本。</translation>
    </message>
    <message>
        <source>%1 不能为空。</source>
        <translation>%1 不能为空。</translation>
    </message>
    <message>
        <source>%1 应为文本列表（JSON 数组）。</source>
        <translation>%1 应为文本列表（JSON 数组）。</translation>
    </message>
    <message>
        <source>%1 的每一项都应为文本。</source>
        <translation>%1 的每一项都应为文本。</translation>
    </message>
    <message>
        <source>%1 应为非负整数。</source>
        <translation>%1 应为非负整数。</translation>
    </message>
    <message>
        <source>%1 应为 1 或 2（留党察看一年或二年）。</source>
        <translation>%1 应为 1 或 2（留党察看一年或二年）。</translation>
    </message>
    <message>
        <source>%1 不是有效的处分种类，可选值：%2。</source>
        <translation>%1 不是有效的处分种类，可选值：%2。</translation>
    </message>
    <message>
        <source>%1 的值无效，可选值：%2。</source>
        <translation>%1 的值无效，可选值：%2。</translation>
    </message>
    <message>
        <source>%1 应为 true 或 false。</source>
        <translation>%1 应为 true 或 false。</translation>
    </message>
    <message>
        <source>%1 应为对象。</source>
        <translation>%1 应为对象。</translation>
    </message>
    <message>
        <source>“%1”没有字段 %2。</source>
        <translation>“%1”没有字段 %2。</translation>
    </message>
    <message>
        <source>“%1”缺少字段 %2（%3）。</source>
        <translation>“%1”缺少字段 %2（%3）。</translation>
    </message>
    <message>
        <source>“%1”：留党察看须填写 probation_years（1 或 2）。</source>
        <translation>“%1”：留党察看须填写 probation_years（1 或 2）。</translation>
    </message>
    <message>
        <source>“%1”：只有留党察看才填写 probation_years。</source>
        <translation>“%1”：只有留党察看才填写 probation_years。</translation>
    </message>
    <message>
        <source>“%1”：应到人数 members_total 至少为 1。</source>
        <translation>“%1”：应到人数 members_total 至少为 1。</translation>
    </message>
    <message>
        <source>“%1”：实到人数 members_present 不能多于应到人数 members_total。</source>
        <translation>“%1”：实到人数 members_present 不能多于应到人数 members_total。</translation>
    </message>
    <message>
        <source>“%1”：同意人数 votes_for 不能多于实到人数 members_present。</source>
        <translation>“%1”：同意人数 votes_for 不能多于实到人数 members_present。</translation>
    </message>
    <message>
        <source>“%1”：审核发现问题的，须在 problems 中写明问题。</source>
        <translation>“%1”：审核发现问题的，须在 problems 中写明问题。</translation>
    </message>
    <message>
        <source>“%1”：审核通过的不填写 problems。</source>
        <translation>“%1”：审核通过的不填写 problems。</translation>
    </message>
    <message>
        <source>更正须且只能二选一：给出 replacement（更正后的内容）或 retract: true（撤销该记录）。</source>
        <translation>更正须且只能二选一：给出 replacement（更正后的内容）或 retract: true（撤销该记录）。</translation>
    </message>
    <message>
        <source>更正的 retract 只能为 true；修改内容请使用 replacement。</source>
        <translation>更正的 retract 只能为 true；修改内容请使用 replacement。</translation>
    </message>
    <message>
        <source>更正的 replacement 不能为空：请给出 date 和/或 data。</source>
        <translation>更正的 replacement 不能为空：请给出 date 和/或 data。</translation>
    </message>
    <message>
        <source>更正的 replacement 只能包含 date 和 data，不能包含 %1（改变步骤请撤销后重新记录）。</source>
        <translation>更正的 replacement 只能包含 date 和 data，不能包含 %1（改变步骤请撤销后重新记录）。</translation>
    </message>
    <message>
        <source>更正的 replacement.date 不是有效日期，请按 YYYY-MM-DD 填写。</source>
        <translation>更正的 replacement.date 不是有效日期，请按 YYYY-MM-DD 填写。</translation>
    </message>
    <message>
        <source>更正的 replacement.data 应为对象。</source>
        <translation>更正的 replacement.data 应为对象。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>半数</source>
        <translation>半数</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>超过应到人数的%1</source>
        <translation>超过应到人数的%1</translation>
    </message>
    <message>
        <source>达到应到人数的%1</source>
        <translation>达到应到人数的%1</translation>
    </message>
    <message>
        <source>须先记录%1，才能记录%2。</source>
        <translation>须先记录%1，才能记录%2。</translation>
    </message>
    <message>
        <source>%1的日期 %2 早于它所依据的%3（第%4项，%5）。请核对日期：各步骤应按发生的先后记录。</source>
        <translation>%1的日期 %2 早于它所依据的%3（第%4项，%5）。请核对日期：各步骤应按发生的先后记录。</translation>
    </message>
    <message>
        <source>开除党籍处分还须报党组会议审议批准，批准后才生效：请先记录“开除党籍报党组会议审议批准”。</source>
        <translation>开除党籍处分还须报党组会议审议批准，批准后才生效：请先记录“开除党籍报党组会议审议批准”。</translation>
    </message>
    <message>
        <source>尚未作出（或尚未生效）党纪处分决定，不能记录%1。请先记录处分决定。</source>
        <translation>尚未作出（或尚未生效）党纪处分决定，不能记录%1。请先记录处分决定。</translation>
    </message>
    <message>
        <source>只有党的组织关系在地方、干部管理权限在主管部门党组的党员干部，才向地方党组织通报处理结果；本案不属于此情形（如有误，请更正案件信息）。</source>
        <translation>只有党的组织关系在地方、干部管理权限在主管部门党组的党员干部，才向地方党组织通报处理结果；本案不属于此情形（如有误，请更正案件信息）。</translation>
    </message>
    <message>
        <source>已报派出机构备案（第%1项），请等待派出机构审核。</source>
        <translation>已报派出机构备案（第%1项），请等待派出机构审核。</translation>
    </message>
    <message>
        <source>备案材料已经派出机构审核通过，无需再次报备。</source>
        <translation>备案材料已经派出机构审核通过，无需再次报备。</translation>
    </message>
    <message>
        <source>被处分人不是向党中央或者本级地方党委备案的党员干部，无需通报组织部门（如有误，请更正案件信息 filed_with）。</source>
        <translation>被处分人不是向党中央或者本级地方党委备案的党员干部，无需通报组织部门（如有误，请更正案件信息 filed_with）。</translation>
    </message>
    <message>
        <source>本案已于 %1 立案（第%2项）；立案只记录一次，如有错误请记录更正。</source>
        <translation>本案已于 %1 立案（第%2项）；立案只记录一次，如有错误请记录更正。</translation>
    </message>
    <message>
        <source>本案适用“%1”程序（%2），不经过%3这一步骤。</source>
        <translation>本案适用“%1”程序（%2），不经过%3这一步骤。</translation>
    </message>
    <message>
        <source>%1已经记录（第%2项）；如有错误，请记录更正。</source>
        <translation>%1已经记录（第%2项）；如有错误，请记录更正。</translation>
    </message>
    <message>
        <source>本案已作出处分决定（第%1项），不能再记录%2；如决定有误，请更正决定记录。</source>
        <translation>本案已作出处分决定（第%1项），不能再记录%2；如决定有误，请更正决定记录。</translation>
    </message>
    <message>
        <source>只有重大、疑难、复杂案件才可以商请派出机构提前介入审理；本案未标记为重大、疑难、复杂（如属此类，请先更正案件信息 major_complex）。</source>
        <translation>只有重大、疑难、复杂案件才可以商请派出机构提前介入审理；本案未标记为重大、疑难、复杂（如属此类，请先更正案件信息 major_complex）。</translation>
    </message>
    <message>
        <source>本案已经派出机关批准不移送审理，无需提前介入。</source>
        <translation>本案已经派出机关批准不移送审理，无需提前介入。</translation>
    </message>
    <message>
        <source>案件已移送派出机构审理，提前介入须在移送之前商请。</source>
        <translation>案件已移送派出机构审理，提前介入须在移送之前商请。</translation>
    </message>
    <message>
        <source>案件已移送派出机构审理，处分建议以派出机构的审理报告为准，请记录“派出机构审理报告正式反馈”。</source>
        <translation>案件已移送派出机构审理，处分建议以派出机构的审理报告为准，请记录“派出机构审理报告正式反馈”。</translation>
    </message>
    <message>
        <source>处分建议已通报党组；修改后的建议请记录为新的“将党纪处分建议通报驻在单位党组”。</source>
        <translation>处分建议已通报党组；修改后的建议请记录为新的“将党纪处分建议通报驻在单位党组”。</translation>
    </message>
    <message>
        <source>案件已移送派出机构审理，不能再批准不移送。</source>
        <translation>案件已移送派出机构审理，不能再批准不移送。</translation>
    </message>
    <message>
        <source>本案已经派出机关批准不移送派出机构审理（第%1项）；如批准有误，请先更正该记录。</source>
        <translation>本案已经派出机关批准不移送派出机构审理（第%1项）；如批准有误，请先更正该记录。</translation>
    </message>
    <message>
        <source>只有领导班子成员中的正职领导干部的案件，才须与派出机关有关部门沟通形成一致意见。</source>
        <translation>只有领导班子成员中的正职领导干部的案件，才须与派出机关有关部门沟通形成一致意见。</translation>
    </message>
    <message>
        <source>本案经批准不移送审理，没有派出机构的审理意见可供沟通。</source>
        <translation>本案经批准不移送审理，没有派出机构的审理意见可供沟通。</translation>
    </message>
    <message>
        <source>派出机构的审理意见在沟通形成一致意见之后又有新的反馈：请与派出机关有关部门重新沟通，记录“与派出机关有关部门沟通形成一致意见”。</source>
        <translation>派出机构的审理意见在沟通形成一致意见之后又有新的反馈：请与派出机关有关部门重新沟通，记录“与派出机关有关部门沟通形成一致意见”。</translation>
    </message>
    <message>
        <source>党组意见（%1）与处分建议相同，不属于意见不同；请直接记录党组会议的决定。</source>
        <translation>党组意见（%1）与处分建议相同，不属于意见不同；请直接记录党组会议的决定。</translation>
    </message>
    <message>
        <source>最新的处分建议通报之后，党组没有提出不同意见；请先记录“党组意见与处分建议不同”。</source>
        <translation>最新的处分建议通报之后，党组没有提出不同意见；请先记录“党组意见与处分建议不同”。</translation>
    </message>
    <message>
        <source>已报派出机关研究决定，请记录“派出机关研究决定”。</source>
        <translation>已报派出机关研究决定，请记录“派出机关研究决定”。</translation>
    </message>
    <message>
        <source>派出机关已经作出研究决定（第%1项）。</source>
        <translation>派出机关已经作出研究决定（第%1项）。</translation>
    </message>
    <message>
        <source>党组决定（%1）须与派出机关的研究决定（%2）一致。</source>
        <translation>党组决定（%1）须与派出机关的研究决定（%2）一致。</translation>
    </message>
    <message>
        <source>党组决定（%1）与处分建议（%2）不同。请先记录“党组意见与处分建议不同”：协商一致的，记录修改后的“将党纪处分建议通报驻在单位党组”；不能协商一致的，报派出机关研究决定。</source>
        <translation>党组决定（%1）与处分建议（%2）不同。请先记录“党组意见与处分建议不同”：协商一致的，记录修改后的“将党纪处分建议通报驻在单位党组”；不能协商一致的，报派出机关研究决定。</translation>
    </message>
    <message>
        <source>备案材料已审核通过。</source>
        <translation>备案材料已审核通过。</translation>
    </message>
    <message>
        <source>备案材料已审核并反馈问题，请先记录“督促解决备案问题”或重新报备。</source>
        <translation>备案材料已审核并反馈问题，请先记录“督促解决备案问题”或重新报备。</translation>
    </message>
    <message>
        <source>最新的备案审核没有发现待解决的问题。</source>
        <translation>最新的备案审核没有发现待解决的问题。</translation>
    </message>
    <message>
        <source>案件质量评查在作出处分决定（或不予处分结案）之后进行。</source>
        <translation>案件质量评查在作出处分决定（或不予处分结案）之后进行。</translation>
    </message>
    <message>
        <source>没有要更正的案件信息：--data 为空对象。</source>
        <translation>没有要更正的案件信息：--data 为空对象。</translation>
    </message>
    <message>
        <source>第%1项“%2”（%3）：%4</source>
        <translation>第%1项“%2”（%3）：%4</translation>
    </message>
    <message>
        <source>按更正后的案件信息重新检验，以下已记录的步骤将不符合程序，更正未保存：
%1
请先用“更正”撤销或修改这些记录，再更正案件信息。</source>
        <translation>按更正后的案件信息重新检验，以下已记录的步骤将不符合程序，更正未保存：
%1
请先用“更正”撤销或修改这些记录，再更正案件信息。</translation>
    </message>
    <message>
        <source>第%1项是案件信息的更正，不能用“更正”修改或撤销；请再用 case correct 更正案件信息。</source>
        <translation>第%1项是案件信息的更正，不能用“更正”修改或撤销；请再用 case correct 更正案件信息。</translation>
    </message>
    <message>
        <source>案件信息的更正不作为步骤记录：请用 case correct（或“更正案件信息”）写明理由更正，历史记录将按更正后的信息重新检验。</source>
        <translation>案件信息的更正不作为步骤记录：请用 case correct（或“更正案件信息”）写明理由更正，历史记录将按更正后的信息重新检验。</translation>
    </message>
    <message>
        <source>处分决定于 %1 作出，早于修订后的规定施行之日（2025年5月26日，第十八条）；CaseTrack 仍按2025年修订的文本检验。</source>
        <translation>处分决定于 %1 作出，早于修订后的规定施行之日（2025年5月26日，第十八条）；CaseTrack 仍按2025年修订的文本检验。</translation>
    </message>
    <message>
        <source>本案于 %1 立案，早于修订后的规定施行之日（2025年5月26日，第十八条）；CaseTrack 仍按2025年修订的文本检验。</source>
        <translation>本案于 %1 立案，早于修订后的规定施行之日（2025年5月26日，第十八条）；CaseTrack 仍按2025年修订的文本检验。</translation>
    </message>
    <message>
        <source>被审查调查人为正职领导干部（principal_leader），已视为领导班子成员（leadership_member 记为 true），适用第六条移送审理。</source>
        <translation>被审查调查人为正职领导干部（principal_leader），已视为领导班子成员（leadership_member 记为 true），适用第六条移送审理。</translation>
    </message>
    <message>
        <source>本案在程序修订（第2版）之前登记，仍按登记时的“%1”程序办理；按现行规则应适用“%2”程序（第六条）。如需改按现行规则，请更正案件信息。</source>
        <translation>本案在程序修订（第2版）之前登记，仍按登记时的“%1”程序办理；按现行规则应适用“%2”程序（第六条）。如需改按现行规则，请更正案件信息。</translation>
    </message>
    <message>
        <source>期限计算涉及 %1 年，但尚未导入该年的节假日安排：到期日按周末推算，请导入国务院办公厅当年的放假通知后再核对。</source>
        <translation>期限计算涉及 %1 年，但尚未导入该年的节假日安排：到期日按周末推算，请导入国务院办公厅当年的放假通知后再核对。</translation>
    </message>
    <message>
        <source>%1 不是有效日期，请按 YYYY-MM-DD 填写。</source>
        <translation>%1 不是有效日期，请按 YYYY-MM-DD 填写。</translation>
    </message>
    <message>
        <source>%1 应为回避人员列表：[{&quot;name&quot;: 姓名, &quot;reason&quot;: 理由}, ...]。</source>
        <translation>%1 应为回避人员列表：[{&quot;name&quot;: 姓名, &quot;reason&quot;: 理由}, ...]。</translation>
    </message>
    <message>
        <source>“%1”不能为“不予党纪处分”（none）：不予处分的，记录“不予党纪处分，结案”（申诉撤销处分的，outcome 为 revoked）。</source>
        <translation>“%1”不能为“不予党纪处分”（none）：不予处分的，记录“不予党纪处分，结案”（申诉撤销处分的，outcome 为 revoked）。</translation>
    </message>
    <message>
        <source>“%1”：实到人数与回避人数之和不能多于应到人数（回避的成员计入应到人数，不计入实到人数）。</source>
        <translation>“%1”：实到人数与回避人数之和不能多于应到人数（回避的成员计入应到人数，不计入实到人数）。</translation>
    </message>
    <message>
        <source>“%1”：变更处分（changed）须填写变更后的 sanction。</source>
        <translation>“%1”：变更处分（changed）须填写变更后的 sanction。</translation>
    </message>
    <message>
        <source>“%1”：只有变更处分（changed）才填写 sanction。</source>
        <translation>“%1”：只有变更处分（changed）才填写 sanction。</translation>
    </message>
    <message>
        <source>通报党组的处分建议（%1）须与沟通形成的一致意见（%2）相同。</source>
        <translation>通报党组的处分建议（%1）须与沟通形成的一致意见（%2）相同。</translation>
    </message>
    <message>
        <source>通报党组的处分建议（%1）须与派出机构最新的审理意见（%2）相同；审理意见改变的，请先记录新的“派出机构审理报告正式反馈”。</source>
        <translation>通报党组的处分建议（%1）须与派出机构最新的审理意见（%2）相同；审理意见改变的，请先记录新的“派出机构审理报告正式反馈”。</translation>
    </message>
    <message>
        <source>本案已结案，只能记录更正、案件质量评查、以案促改措施、申诉和留党察看期满处理；不能再记录%1。</source>
        <translation>本案已结案，只能记录更正、案件质量评查、以案促改措施、申诉和留党察看期满处理；不能再记录%1。</translation>
    </message>
    <message>
        <source>本案已不予党纪处分结案，不能再记录%1。</source>
        <translation>本案已不予党纪处分结案，不能再记录%1。</translation>
    </message>
    <message>
        <source>本案不是派驻机构立案，不由派驻机构向所在单位党组主要负责人通报。</source>
        <translation>本案不是派驻机构立案，不由派驻机构向所在单位党组主要负责人通报。</translation>
    </message>
    <message>
        <source>没有待派出机关研究决定的报请；请先记录“不能协商一致，报派出机关研究决定”。</source>
        <translation>没有待派出机关研究决定的报请；请先记录“不能协商一致，报派出机关研究决定”。</translation>
    </message>
    <message>
        <source>只有本案应遵循的处分意见（派出机关的研究决定、一致意见、最新的处分建议、审理意见或者处分建议）为“不予党纪处分”时，才能不予处分结案。</source>
        <translation>只有本案应遵循的处分意见（派出机关的研究决定、一致意见、最新的处分建议、审理意见或者处分建议）为“不予党纪处分”时，才能不予处分结案。</translation>
    </message>
    <message>
        <source>处分已经申诉撤销（第%1项），没有正在执行的处分，不能记录%2。</source>
        <translation>处分已经申诉撤销（第%1项），没有正在执行的处分，不能记录%2。</translation>
    </message>
    <message>
        <source>正在执行的处分为%1：只有撤销党内职务、留党察看、开除党籍才须办理职务、工资等待遇变更手续。</source>
        <translation>正在执行的处分为%1：只有撤销党内职务、留党察看、开除党籍才须办理职务、工资等待遇变更手续。</translation>
    </message>
    <message>
        <source>变更手续已经办理完毕，无需延长期限。</source>
        <translation>变更手续已经办理完毕，无需延长期限。</translation>
    </message>
    <message>
        <source>延长至 %1 无效：特殊情况下经批准可以适当延长办理期限，但最长不得超过六个月（处分自 %2 生效，最迟延长至 %3）。</source>
        <translation>延长至 %1 无效：特殊情况下经批准可以适当延长办理期限，但最长不得超过六个月（处分自 %2 生效，最迟延长至 %3）。</translation>
    </message>
    <message>
        <source>正在执行的处分不是留党察看，不能记录%1。</source>
        <translation>正在执行的处分不是留党察看，不能记录%1。</translation>
    </message>
    <message>
        <source>留党察看已经期满处理（第%1项）。</source>
        <translation>留党察看已经期满处理（第%1项）。</translation>
    </message>
    <message>
        <source>留党察看期限只能由一年延长一年，且只能延长一次；留党察看二年或已延长的，期满应恢复党员权利或者开除党籍。</source>
        <translation>留党察看期限只能由一年延长一年，且只能延长一次；留党察看二年或已延长的，期满应恢复党员权利或者开除党籍。</translation>
    </message>
    <message>
        <source>留党察看期至 %1（含当日）届满；恢复党员权利或者延长察看期，须在期满之日或者之后处理（%2 尚未期满）。察看期间确有违纪的，可以开除党籍。</source>
        <translation>留党察看期至 %1（含当日）届满；恢复党员权利或者延长察看期，须在期满之日或者之后处理（%2 尚未期满）。察看期间确有违纪的，可以开除党籍。</translation>
    </message>
    <message>
        <source>申诉（第%1项）尚未处理，请先记录“申诉处理决定”。</source>
        <translation>申诉（第%1项）尚未处理，请先记录“申诉处理决定”。</translation>
    </message>
    <message>
        <source>没有待处理的申诉，请先记录“受处分党员提出申诉”。</source>
        <translation>没有待处理的申诉，请先记录“受处分党员提出申诉”。</translation>
    </message>
    <message>
        <source>变更后的处分（%1）与正在执行的处分相同：请记录为“维持”（upheld）。</source>
        <translation>变更后的处分（%1）与正在执行的处分相同：请记录为“维持”（upheld）。</translation>
    </message>
    <message>
        <source>本案应遵循的处分意见为不予党纪处分：不能作出处分决定，应记录“不予党纪处分，结案”；如意见有误，请先更正相关记录。</source>
        <translation>本案应遵循的处分意见为不予党纪处分：不能作出处分决定，应记录“不予党纪处分，结案”；如意见有误，请先更正相关记录。</translation>
    </message>
    <message>
        <source>已报派出机关研究决定（第%1项），尚无研究决定：请先记录“派出机关研究决定”，或写明理由记录“撤回报请派出机关研究决定”。</source>
        <translation>已报派出机关研究决定（第%1项），尚无研究决定：请先记录“派出机关研究决定”，或写明理由记录“撤回报请派出机关研究决定”。</translation>
    </message>
    <message>
        <source>本案已由基层组织批准（第%1项）；如开除党籍未获党组会议批准，请先记录“党组会议审议不同意开除党籍”。</source>
        <translation>本案已由基层组织批准（第%1项）；如开除党籍未获党组会议批准，请先记录“党组会议审议不同意开除党籍”。</translation>
    </message>
    <message>
        <source>只有基层党委批准开除党籍处分后，才报党组会议审议批准（基层纪委单独不能批准开除党籍）。</source>
        <translation>只有基层党委批准开除党籍处分后，才报党组会议审议批准（基层纪委单独不能批准开除党籍）。</translation>
    </message>
    <message>
        <source>党组会议已批准开除党籍（第%1项）。</source>
        <translation>党组会议已批准开除党籍（第%1项）。</translation>
    </message>
    <message>
        <source>基层纪委单独只能批准警告、严重警告；撤销党内职务及以上处分须报基层党委审议批准：请先记录“报基层党委审议批准”。</source>
        <translation>基层纪委单独只能批准警告、严重警告；撤销党内职务及以上处分须报基层党委审议批准：请先记录“报基层党委审议批准”。</translation>
    </message>
    <message>
        <source>处分决定已经宣布（第%1项）。</source>
        <translation>处分决定已经宣布（第%1项）。</translation>
    </message>
    <message>
        <source>基层组织批准的处分，只有经党组会议批准的开除党籍须报派出机构备案。</source>
        <translation>基层组织批准的处分，只有经党组会议批准的开除党籍须报派出机构备案。</translation>
    </message>
    <message>
        <source>基层纪委会议</source>
        <translation>基层纪委会议</translation>
    </message>
    <message>
        <source>基层党委会议</source>
        <translation>基层党委会议</translation>
    </message>
    <message>
        <source>地方纪委会议</source>
        <translation>地方纪委会议</translation>
    </message>
    <message>
        <source>党组会议</source>
        <translation>党组会议</translation>
    </message>
    <message>
        <source>%1应到 %2 人、实到 %3 人：实到人数须%4（至少 %5 人；回避的成员计入应到人数，不计入实到人数）。集体讨论决定党员处分事项，不允许任何个人或者少数人擅自决定和批准；请在符合人数要求的会议上讨论后再记录。</source>
        <translation>%1应到 %2 人、实到 %3 人：实到人数须%4（至少 %5 人；回避的成员计入应到人数，不计入实到人数）。集体讨论决定党员处分事项，不允许任何个人或者少数人擅自决定和批准；请在符合人数要求的会议上讨论后再记录。</translation>
    </message>
    <message>
        <source>%1应到 %2 人、同意 %3 人：同意人数须%4（至少 %5 人；未到会成员的书面意见不计为表决票）。未达到的，不能作出决定。</source>
        <translation>%1应到 %2 人、同意 %3 人：同意人数须%4（至少 %5 人；未到会成员的书面意见不计为表决票）。未达到的，不能作出决定。</translation>
    </message>
    <message>
        <source>您的角色（%1）不能记录“%2”，因此也不能更正该记录。</source>
        <translation>您的角色（%1）不能记录“%2”，因此也不能更正该记录。</translation>
    </message>
    <message>
        <source>您的角色（%1）不能记录“%2”；该步骤由%3记录。</source>
        <translation>您的角色（%1）不能记录“%2”；该步骤由%3记录。</translation>
    </message>
</context>
<context>
    <name>RecentValues</name>
    <message numerus="yes">
        <source>按 ↓ 列出最近用过的 %n 项</source>
        <translation>
            <numerusform>按 ↓ 列出最近用过的 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>CaseTrack 数据库恢复单</source>
        <translation>CaseTrack 数据库恢复单</translation>
    </message>
    <message>
        <source>数据库文件：%1</source>
        <translation>数据库文件：%1</translation>
    </message>
    <message>
        <source>管理员：%1</source>
        <translation>管理员：%1</translation>
    </message>
    <message>
        <source>制作日期：%1</source>
        <translation>制作日期：%1</translation>
    </message>
    <message>
        <source>恢复密钥</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>所有密码都遗失时，可用此密钥以管理员身份打开数据库并重设密码。持有此页的人即可读取全部案件，请像保管涉密材料一样保管：放入保密柜，不要拍照、扫描或保存在联网计算机上。</source>
        <translation>所有密码都遗失时，可用此密钥以管理员身份打开数据库并重设密码。持有此页的人即可读取全部案件，请像保管涉密材料一样保管：放入保密柜，不要拍照、扫描或保存在联网计算机上。</translation>
    </message>
    <message>
        <source>打印恢复单</source>
        <translation>打印恢复单</translation>
    </message>
</context>
<context>
    <name>RekeyAction</name>
    <message>
        <source>重新加密数据库</source>
        <translation>重新加密数据库</translation>
    </message>
    <message>
        <source>重新加密会换用新的数据库密钥和新的恢复密钥；旧的密钥文件、旧的恢复单和已停用账户的密码从此都打不开数据库。其他账户下次登录时自动接管新密钥。
（十万件案件约需 5 秒，期间请勿让他人打开数据库。）

请输入您自己的密码：</source>
        <translation>重新加密会换用新的数据库密钥和新的恢复密钥；旧的密钥文件、旧的恢复单和已停用账户的密码从此都打不开数据库。其他账户下次登录时自动接管新密钥。
（十万件案件约需 5 秒，期间请勿让他人打开数据库。）

请输入您自己的密码：</translation>
    </message>
    <message>
        <source>新的恢复密钥</source>
        <translation>新的恢复密钥</translation>
    </message>
    <message>
        <source>数据库已重新加密。新的恢复密钥只显示这一次，请抄写后妥善保管，并销毁旧的恢复单：

%1</source>
        <translation>数据库已重新加密。新的恢复密钥只显示这一次，请抄写后妥善保管，并销毁旧的恢复单：

%1</translation>
    </message>
    <message>
        <source>数据库已重新加密。</source>
        <translation>数据库已重新加密。</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>管理员</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>派驻机构承办人员</source>
        <translation>派驻机构承办人员</translation>
    </message>
    <message>
        <source>派出机构审理人员</source>
        <translation>派出机构审理人员</translation>
    </message>
    <message>
        <source>党组办公室</source>
        <translation>党组办公室</translation>
    </message>
    <message>
        <source>基层纪委</source>
        <translation>基层纪委</translation>
    </message>
    <message>
        <source>审计员（只读）</source>
        <translation>审计员（只读）</translation>
    </message>
</context>
<context>
    <name>Sanctions</name>
    <message>
        <source>警告</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>严重警告</source>
        <translation>严重警告</translation>
    </message>
    <message>
        <source>撤销党内职务</source>
        <translation>撤销党内职务</translation>
    </message>
    <message>
        <source>留党察看</source>
        <translation>留党察看</translation>
    </message>
    <message>
        <source>开除党籍</source>
        <translation>开除党籍</translation>
    </message>
    <message>
        <source>不予党纪处分</source>
        <translation>不予党纪处分</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>数据库由更新版本的 CaseTrack 创建（结构版本 %1），请升级本程序后再打开。</source>
        <translation>数据库由更新版本的 CaseTrack 创建（结构版本 %1），请升级本程序后再打开。</translation>
    </message>
    <message>
        <source>文件不是 CaseTrack 数据库。</source>
        <translation>文件不是 CaseTrack 数据库。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>用户名或密码不正确。请检查后重试；忘记密码请联系管理员重置。</source>
        <translation>用户名或密码不正确。请检查后重试；忘记密码请联系管理员重置。</translation>
    </message>
    <message>
        <source>请填写管理员的用户名。</source>
        <translation>请填写管理员的用户名。</translation>
    </message>
    <message>
        <source>文件 %1 已存在，不会覆盖。请另选文件名，或打开这个已有的数据库。</source>
        <translation>文件 %1 已存在，不会覆盖。请另选文件名，或打开这个已有的数据库。</translation>
    </message>
    <message>
        <source>无法创建文件夹 %1。请检查写入权限。</source>
        <translation>无法创建文件夹 %1。请检查写入权限。</translation>
    </message>
    <message>
        <source>找不到数据库文件 %1。请检查路径，或新建数据库。</source>
        <translation>找不到数据库文件 %1。请检查路径，或新建数据库。</translation>
    </message>
    <message>
        <source>账户 %1 连续多次密码错误，已暂时锁定，请于 %2 之后再试。</source>
        <translation>账户 %1 连续多次密码错误，已暂时锁定，请于 %2 之后再试。</translation>
    </message>
    <message>
        <source>找不到数据库文件 %1。</source>
        <translation>找不到数据库文件 %1。</translation>
    </message>
    <message>
        <source>恢复密钥不正确。请按恢复单上的 64 位字符逐组核对。</source>
        <translation>恢复密钥不正确。请按恢复单上的 64 位字符逐组核对。</translation>
    </message>
    <message>
        <source>密钥文件与数据库文件不匹配：它们不属于同一个数据库。</source>
        <translation>密钥文件与数据库文件不匹配：它们不属于同一个数据库。</translation>
    </message>
    <message>
        <source>账户 %1 已停用。如需使用，请联系管理员。</source>
        <translation>账户 %1 已停用。如需使用，请联系管理员。</translation>
    </message>
    <message>
        <source>数据库以只读方式打开，不能修改。</source>
        <translation>数据库以只读方式打开，不能修改。</translation>
    </message>
    <message>
        <source>账户 %1（%2）无权进行此项操作。如确需办理，请联系管理员调整角色。</source>
        <translation>账户 %1（%2）无权进行此项操作。如确需办理，请联系管理员调整角色。</translation>
    </message>
    <message>
        <source>新密码不能为空。</source>
        <translation>新密码不能为空。</translation>
    </message>
    <message>
        <source>请填写用户名。</source>
        <translation>请填写用户名。</translation>
    </message>
    <message>
        <source>用户 %1 已存在。请换一个用户名。</source>
        <translation>用户 %1 已存在。请换一个用户名。</translation>
    </message>
    <message>
        <source>当前密码不正确，密码未修改。</source>
        <translation>当前密码不正确，密码未修改。</translation>
    </message>
    <message>
        <source>没有用户 %1。</source>
        <translation>没有用户 %1。</translation>
    </message>
    <message>
        <source>不能停用当前登录的账户。</source>
        <translation>不能停用当前登录的账户。</translation>
    </message>
    <message>
        <source>这是最后一个启用的管理员账户，不能停用。</source>
        <translation>这是最后一个启用的管理员账户，不能停用。</translation>
    </message>
    <message>
        <source>没有编号为 %1 的案件。请用 case list 查看已有案件。</source>
        <translation>没有编号为 %1 的案件。请用 case list 查看已有案件。</translation>
    </message>
    <message>
        <source>更正案件信息必须写明理由。</source>
        <translation>更正案件信息必须写明理由。</translation>
    </message>
    <message>
        <source>请填写有效的日期和名称（如“国庆节”或“调休上班”）。</source>
        <translation>请填写有效的日期和名称（如“国庆节”或“调休上班”）。</translation>
    </message>
    <message>
        <source>%1 不是日历中登记的节假日或调休日，无需删除。</source>
        <translation>%1 不是日历中登记的节假日或调休日，无需删除。</translation>
    </message>
    <message>
        <source>fast 密钥派生仅供自动化测试使用，不能用于实际数据库。请使用 standard。</source>
        <translation>fast 密钥派生仅供自动化测试使用，不能用于实际数据库。请使用 standard。</translation>
    </message>
    <message>
        <source>用恢复密钥解锁后只能重置密码。请重置管理员密码，再以管理员账户登录办理其他事项。</source>
        <translation>用恢复密钥解锁后只能重置密码。请重置管理员密码，再以管理员账户登录办理其他事项。</translation>
    </message>
    <message>
        <source>用恢复密钥解锁时不能修改自己的密码。</source>
        <translation>用恢复密钥解锁时不能修改自己的密码。</translation>
    </message>
    <message>
        <source>备份 %1 核验失败：%2</source>
        <translation>备份 %1 核验失败：%2</translation>
    </message>
    <message>
        <source>文件 %1 已存在，备份不会覆盖它。请另选文件名。</source>
        <translation>文件 %1 已存在，备份不会覆盖它。请另选文件名。</translation>
    </message>
    <message>
        <source>备份不能写到数据库本身。</source>
        <translation>备份不能写到数据库本身。</translation>
    </message>
    <message>
        <source>无法创建文件夹 %1。</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>无法复制密钥文件到 %1。</source>
        <translation>无法复制密钥文件到 %1。</translation>
    </message>
    <message>
        <source>备份与数据库是同一个文件。</source>
        <translation>备份与数据库是同一个文件。</translation>
    </message>
    <message>
        <source>只有管理员可以从备份恢复数据库。</source>
        <translation>只有管理员可以从备份恢复数据库。</translation>
    </message>
    <message>
        <source>备份 %1 的审计记录不完整，未恢复：%2</source>
        <translation>备份 %1 的审计记录不完整，未恢复：%2</translation>
    </message>
    <message>
        <source>备份 %1 属于另一个数据库，不能用来替换 %2。</source>
        <translation>备份 %1 属于另一个数据库，不能用来替换 %2。</translation>
    </message>
    <message>
        <source>无法把 %1 移到 %2，未恢复。</source>
        <translation>无法把 %1 移到 %2，未恢复。</translation>
    </message>
    <message>
        <source>无法复制备份到 %1。原数据库保存在 %2。</source>
        <translation>无法复制备份到 %1。原数据库保存在 %2。</translation>
    </message>
    <message>
        <source>账户 %1 的密钥槽与数据库中的账户记录不符（密钥文件被改动，或密钥槽来自别的账户）。未解锁，此次尝试已记录。</source>
        <translation>账户 %1 的密钥槽与数据库中的账户记录不符（密钥文件被改动，或密钥槽来自别的账户）。未解锁，此次尝试已记录。</translation>
    </message>
    <message>
        <source>密钥文件 %1 已损坏：账户 %2 的密钥槽校验不符。这不是密码错误，也不计入失败次数。请从备份恢复密钥文件，或由管理员用恢复密钥解锁后为该账户重置密码。</source>
        <translation>密钥文件 %1 已损坏：账户 %2 的密钥槽校验不符。这不是密码错误，也不计入失败次数。请从备份恢复密钥文件，或由管理员用恢复密钥解锁后为该账户重置密码。</translation>
    </message>
    <message>
        <source>密钥文件中记录的审计链末端不可信（校验不符）：密钥文件被改动。请从备份恢复，并由管理员核查。</source>
        <translation>密钥文件中记录的审计链末端不可信（校验不符）：密钥文件被改动。请从备份恢复，并由管理员核查。</translation>
    </message>
    <message>
        <source>数据库比它的密钥文件旧：密钥文件记载审计记录已到第 %1 条，数据库中没有这条记录或内容不同。这是旧副本被当作当前文件，或审计记录被删改。未打开。请从最新的备份恢复，并由管理员核查（恢复密钥仍可打开以便查看）。</source>
        <translation>数据库比它的密钥文件旧：密钥文件记载审计记录已到第 %1 条，数据库中没有这条记录或内容不同。这是旧副本被当作当前文件，或审计记录被删改。未打开。请从最新的备份恢复，并由管理员核查（恢复密钥仍可打开以便查看）。</translation>
    </message>
    <message>
        <source>内存不足，无法进行密码验证。请关闭其他程序后重试。</source>
        <translation>内存不足，无法进行密码验证。请关闭其他程序后重试。</translation>
    </message>
    <message>
        <source>账户 %1 的密钥槽来自重新加密之前，已失效。请联系管理员重置密码。此次尝试已记录。</source>
        <translation>账户 %1 的密钥槽来自重新加密之前，已失效。请联系管理员重置密码。此次尝试已记录。</translation>
    </message>
    <message>
        <source>重新加密失败（%1）。数据库未改变密钥，旧的密码和恢复密钥仍然有效。</source>
        <translation>重新加密失败（%1）。数据库未改变密钥，旧的密码和恢复密钥仍然有效。</translation>
    </message>
    <message>
        <source>重新加密须由管理员以自己的账户和密码登录后进行。</source>
        <translation>重新加密须由管理员以自己的账户和密码登录后进行。</translation>
    </message>
    <message>
        <source>当前密码不正确，未重新加密。</source>
        <translation>当前密码不正确，未重新加密。</translation>
    </message>
    <message>
        <source>新的密钥文件 %1 未能就位。请将它改名为 %2。</source>
        <translation>新的密钥文件 %1 未能就位。请将它改名为 %2。</translation>
    </message>
    <message>
        <source>没有编号为 %1 的案件材料。请用 case material list 查看案件的材料。</source>
        <translation>没有编号为 %1 的案件材料。请用 case material list 查看案件的材料。</translation>
    </message>
    <message>
        <source>材料类型 %1 不在可选类型中（%2）。请选择其中之一。</source>
        <translation>材料类型 %1 不在可选类型中（%2）。请选择其中之一。</translation>
    </message>
    <message>
        <source>请填写材料的日期（形成、签发或收到的日期）。</source>
        <translation>请填写材料的日期（形成、签发或收到的日期）。</translation>
    </message>
    <message>
        <source>材料日期 %1 晚于今天。请填写材料形成、签发或收到的日期。</source>
        <translation>材料日期 %1 晚于今天。请填写材料形成、签发或收到的日期。</translation>
    </message>
    <message>
        <source>文件 %1 是空的（0 字节），没有添加。请选择有内容的文件。</source>
        <translation>文件 %1 是空的（0 字节），没有添加。请选择有内容的文件。</translation>
    </message>
    <message>
        <source>文件 %1 有 %2 字节（约 %3 MiB），超过每份材料 %4 MiB（%5 字节）的上限，没有添加。请压缩、降低扫描分辨率或拆分后再添加。</source>
        <translation>文件 %1 有 %2 字节（约 %3 MiB），超过每份材料 %4 MiB（%5 字节）的上限，没有添加。请压缩、降低扫描分辨率或拆分后再添加。</translation>
    </message>
    <message>
        <source>案件材料 %1（%2）已于 %3 由 %4 移除（%5），不能再打开或导出。</source>
        <translation>案件材料 %1（%2）已于 %3 由 %4 移除（%5），不能再打开或导出。</translation>
    </message>
    <message>
        <source>案件材料 %1（%2）的内容与添加时记录的哈希不符：文件在程序之外被改动。请运行 audit verify，并用备份核对。</source>
        <translation>案件材料 %1（%2）的内容与添加时记录的哈希不符：文件在程序之外被改动。请运行 audit verify，并用备份核对。</translation>
    </message>
    <message>
        <source>导出案件材料须写明用途和接收人（记入审计记录）。请填写后再导出。</source>
        <translation>导出案件材料须写明用途和接收人（记入审计记录）。请填写后再导出。</translation>
    </message>
    <message>
        <source>无法写入文件 %1：%2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>移除案件材料须写明理由（记入审计记录）。请填写理由。</source>
        <translation>移除案件材料须写明理由（记入审计记录）。请填写理由。</translation>
    </message>
    <message>
        <source>案件材料 %1 已经移除。</source>
        <translation>案件材料 %1 已经移除。</translation>
    </message>
    <message>
        <source>自动锁定时间应在 %1 到 %2 分钟之间。</source>
        <translation>自动锁定时间应在 %1 到 %2 分钟之间。</translation>
    </message>
    <message>
        <source>数据库 %1 的重新加密没有完成：文件已用新密钥加密，新的密钥文件 %2 还没有替换 %3。请关闭所有 CaseTrack 程序，把 %2 改名为 %3（先保留旧文件的副本），再解锁。</source>
        <translation>数据库 %1 的重新加密没有完成：文件已用新密钥加密，新的密钥文件 %2 还没有替换 %3。请关闭所有 CaseTrack 程序，把 %2 改名为 %3（先保留旧文件的副本），再解锁。</translation>
    </message>
    <message>
        <source>保存的文书设置无法读取（%1）。请在“设置 → 文书设置”中检查并重新保存。</source>
        <translation>保存的文书设置无法读取（%1）。请在“设置 → 文书设置”中检查并重新保存。</translation>
    </message>
    <message>
        <source>（未说明）</source>
        <translation>（未说明）</translation>
    </message>
    <message>
        <source>发文字号 %1 已用于案件 %2 的%3。请换一个序号，或把序号留空，由本机构的年度编号自动取号。</source>
        <translation>发文字号 %1 已用于案件 %2 的%3。请换一个序号，或把序号留空，由本机构的年度编号自动取号。</translation>
    </message>
    <message>
        <source>%1 中的案件列表摘要与案件记录不一致（%2 个案件，%3 条摘要）。请运行 casetrack-cli check --repair，从事件记录重建摘要。</source>
        <translation>%1 中的案件列表摘要与案件记录不一致（%2 个案件，%3 条摘要）。请运行 casetrack-cli check --repair，从事件记录重建摘要。</translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <source>待立案</source>
        <translation>待立案</translation>
    </message>
    <message>
        <source>审查调查</source>
        <translation>审查调查</translation>
    </message>
    <message>
        <source>提出处分建议</source>
        <translation>提出处分建议</translation>
    </message>
    <message>
        <source>派出机构审理</source>
        <translation>派出机构审理</translation>
    </message>
    <message>
        <source>通报处分建议</source>
        <translation>通报处分建议</translation>
    </message>
    <message>
        <source>待作出决定</source>
        <translation>待作出决定</translation>
    </message>
    <message>
        <source>已作出决定</source>
        <translation>已作出决定</translation>
    </message>
    <message>
        <source>已宣布</source>
        <translation>已宣布</translation>
    </message>
    <message>
        <source>备案</source>
        <translation>备案</translation>
    </message>
    <message>
        <source>已结案</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>申诉处理中</source>
        <translation>申诉处理中</translation>
    </message>
</context>
<context>
    <name>StatisticsFigures</name>
    <message>
        <source>全部年度</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>案件数</source>
        <translation>案件数</translation>
    </message>
    <message>
        <source>各阶段案件数（%1）</source>
        <translation>各阶段案件数（%1）</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>各程序案件数（%1）</source>
        <translation>各程序案件数（%1）</translation>
    </message>
    <message>
        <source>程序</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>各处分种类案件数（%1）</source>
        <translation>各处分种类案件数（%1）</translation>
    </message>
    <message>
        <source>处分</source>
        <translation>处分</translation>
    </message>
    <message>
        <source>尚未决定</source>
        <translation>尚未决定</translation>
    </message>
    <message>
        <source>各单位案件数（%1）</source>
        <translation>各单位案件数（%1）</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>未填单位</source>
        <translation>未填单位</translation>
    </message>
    <message>
        <source>期限数</source>
        <translation>期限数</translation>
    </message>
    <message>
        <source>期限遵守情况（%1，按到期年度）</source>
        <translation>期限遵守情况（%1，按到期年度）</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>按期完成</source>
        <translation>按期完成</translation>
    </message>
    <message>
        <source>逾期完成</source>
        <translation>逾期完成</translation>
    </message>
    <message>
        <source>逾期未完成</source>
        <translation>逾期未完成</translation>
    </message>
    <message>
        <source>未到期</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>天（中位数）</source>
        <translation>天（中位数）</translation>
    </message>
    <message>
        <source>办理用时中位数（%1，按决定生效年度）</source>
        <translation>办理用时中位数（%1，按决定生效年度）</translation>
    </message>
    <message>
        <source>区间</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>中位数（天）</source>
        <translation>中位数（天）</translation>
    </message>
    <message>
        <source>立案至处分决定</source>
        <translation>立案至处分决定</translation>
    </message>
    <message>
        <source>处分决定至宣布</source>
        <translation>处分决定至宣布</translation>
    </message>
    <message>
        <source>处分决定至备案</source>
        <translation>处分决定至备案</translation>
    </message>
    <message>
        <source>各阶段案件数</source>
        <translation>各阶段案件数</translation>
    </message>
    <message>
        <source>各程序案件数</source>
        <translation>各程序案件数</translation>
    </message>
    <message>
        <source>各处分种类案件数</source>
        <translation>各处分种类案件数</translation>
    </message>
    <message>
        <source>各单位案件数</source>
        <translation>各单位案件数</translation>
    </message>
    <message>
        <source>期限遵守情况</source>
        <translation>期限遵守情况</translation>
    </message>
    <message>
        <source>办理用时中位数</source>
        <translation>办理用时中位数</translation>
    </message>
</context>
<context>
    <name>StepChoices</name>
    <message>
        <source>审核通过</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>发现问题</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>通过派驻机构</source>
        <translation>通过派驻机构</translation>
    </message>
    <message>
        <source>通过主管部门机关纪委</source>
        <translation>通过主管部门机关纪委</translation>
    </message>
    <message>
        <source>恢复党员权利</source>
        <translation>恢复党员权利</translation>
    </message>
    <message>
        <source>延长留党察看期限</source>
        <translation>延长留党察看期限</translation>
    </message>
    <message>
        <source>开除党籍</source>
        <translation>开除党籍</translation>
    </message>
    <message>
        <source>维持原处分</source>
        <translation>维持原处分</translation>
    </message>
    <message>
        <source>变更处分</source>
        <translation>变更处分</translation>
    </message>
    <message>
        <source>撤销处分</source>
        <translation>撤销处分</translation>
    </message>
</context>
<context>
    <name>StepFields</name>
    <message>
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>处分种类</source>
        <translation>处分种类</translation>
    </message>
    <message>
        <source>留党察看期限（年）</source>
        <translation>留党察看期限（年）</translation>
    </message>
    <message>
        <source>应到人数</source>
        <translation>应到人数</translation>
    </message>
    <message>
        <source>实到人数</source>
        <translation>实到人数</translation>
    </message>
    <message>
        <source>同意人数</source>
        <translation>同意人数</translation>
    </message>
    <message>
        <source>会议名称/纪要号</source>
        <translation>会议名称/纪要号</translation>
    </message>
    <message>
        <source>立案编号</source>
        <translation>立案编号</translation>
    </message>
    <message>
        <source>征求意见途径</source>
        <translation>征求意见途径</translation>
    </message>
    <message>
        <source>备案材料</source>
        <translation>备案材料</translation>
    </message>
    <message>
        <source>审核结果</source>
        <translation>审核结果</translation>
    </message>
    <message>
        <source>发现的问题</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>措施</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>评查结果</source>
        <translation>评查结果</translation>
    </message>
    <message>
        <source>更正的记录序号</source>
        <translation>更正的记录序号</translation>
    </message>
    <message>
        <source>更正理由</source>
        <translation>更正理由</translation>
    </message>
    <message>
        <source>更正后的内容</source>
        <translation>更正后的内容</translation>
    </message>
    <message>
        <source>撤销该记录</source>
        <translation>撤销该记录</translation>
    </message>
    <message>
        <source>回避人员（姓名、理由）</source>
        <translation>回避人员（姓名、理由）</translation>
    </message>
    <message>
        <source>撤回理由</source>
        <translation>撤回理由</translation>
    </message>
    <message>
        <source>本人陈述和申辩</source>
        <translation>本人陈述和申辩</translation>
    </message>
    <message>
        <source>本人是否认可事实</source>
        <translation>本人是否认可事实</translation>
    </message>
    <message>
        <source>不同意的理由</source>
        <translation>不同意的理由</translation>
    </message>
    <message>
        <source>延长至</source>
        <translation>延长至</translation>
    </message>
    <message>
        <source>批准机关</source>
        <translation>批准机关</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>申诉内容</source>
        <translation>申诉内容</translation>
    </message>
    <message>
        <source>申诉处理结果</source>
        <translation>申诉处理结果</translation>
    </message>
    <message>
        <source>更正的案件信息</source>
        <translation>更正的案件信息</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>立案审查调查</source>
        <translation>立案审查调查</translation>
    </message>
    <message>
        <source>向所在单位党组主要负责人通报</source>
        <translation>向所在单位党组主要负责人通报</translation>
    </message>
    <message>
        <source>商请派出机构提前介入审理</source>
        <translation>商请派出机构提前介入审理</translation>
    </message>
    <message>
        <source>审查调查结束</source>
        <translation>审查调查结束</translation>
    </message>
    <message>
        <source>内部审理、集体研究，提出党纪处分建议</source>
        <translation>内部审理、集体研究，提出党纪处分建议</translation>
    </message>
    <message>
        <source>将处分建议通报党组</source>
        <translation>将处分建议通报党组</translation>
    </message>
    <message>
        <source>敏感特殊案件经派出机关批准不移送审理</source>
        <translation>敏感特殊案件经派出机关批准不移送审理</translation>
    </message>
    <message>
        <source>移送派出机构审理</source>
        <translation>移送派出机构审理</translation>
    </message>
    <message>
        <source>派出机构审理报告正式反馈</source>
        <translation>派出机构审理报告正式反馈</translation>
    </message>
    <message>
        <source>与派出机关有关部门沟通形成一致意见</source>
        <translation>与派出机关有关部门沟通形成一致意见</translation>
    </message>
    <message>
        <source>将党纪处分建议通报驻在单位党组</source>
        <translation>将党纪处分建议通报驻在单位党组</translation>
    </message>
    <message>
        <source>党组意见与处分建议不同</source>
        <translation>党组意见与处分建议不同</translation>
    </message>
    <message>
        <source>不能协商一致，报派出机关研究决定</source>
        <translation>不能协商一致，报派出机关研究决定</translation>
    </message>
    <message>
        <source>派出机关研究决定</source>
        <translation>派出机关研究决定</translation>
    </message>
    <message>
        <source>党组会议集体讨论决定</source>
        <translation>党组会议集体讨论决定</translation>
    </message>
    <message>
        <source>基层纪委审查批准</source>
        <translation>基层纪委审查批准</translation>
    </message>
    <message>
        <source>报基层党委审议批准</source>
        <translation>报基层党委审议批准</translation>
    </message>
    <message>
        <source>开除党籍报党组会议审议批准</source>
        <translation>开除党籍报党组会议审议批准</translation>
    </message>
    <message>
        <source>征求主管部门党组意见</source>
        <translation>征求主管部门党组意见</translation>
    </message>
    <message>
        <source>地方纪委作出党纪处分决定</source>
        <translation>地方纪委作出党纪处分决定</translation>
    </message>
    <message>
        <source>向地方党组织通报处理结果</source>
        <translation>向地方党组织通报处理结果</translation>
    </message>
    <message>
        <source>向（抄告）主管部门党组通报处理结果</source>
        <translation>向（抄告）主管部门党组通报处理结果</translation>
    </message>
    <message>
        <source>党纪处分决定正式通报派驻机构</source>
        <translation>党纪处分决定正式通报派驻机构</translation>
    </message>
    <message>
        <source>宣布党纪处分决定</source>
        <translation>宣布党纪处分决定</translation>
    </message>
    <message>
        <source>基层纪委报派出机构备案</source>
        <translation>基层纪委报派出机构备案</translation>
    </message>
    <message>
        <source>派出机构审核备案材料</source>
        <translation>派出机构审核备案材料</translation>
    </message>
    <message>
        <source>督促解决备案问题</source>
        <translation>督促解决备案问题</translation>
    </message>
    <message>
        <source>通报中央组织部或本级党委组织部门</source>
        <translation>通报中央组织部或本级党委组织部门</translation>
    </message>
    <message>
        <source>以案促改、以案促治措施</source>
        <translation>以案促改、以案促治措施</translation>
    </message>
    <message>
        <source>案件质量评查</source>
        <translation>案件质量评查</translation>
    </message>
    <message>
        <source>不予党纪处分，结案</source>
        <translation>不予党纪处分，结案</translation>
    </message>
    <message>
        <source>更正</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>撤回报请派出机关研究决定</source>
        <translation>撤回报请派出机关研究决定</translation>
    </message>
    <message>
        <source>处分所依据的事实材料同本人见面，听取本人陈述和申辩</source>
        <translation>处分所依据的事实材料同本人见面，听取本人陈述和申辩</translation>
    </message>
    <message>
        <source>党组会议审议不同意开除党籍</source>
        <translation>党组会议审议不同意开除党籍</translation>
    </message>
    <message>
        <source>处分决定材料归入受处分者档案</source>
        <translation>处分决定材料归入受处分者档案</translation>
    </message>
    <message>
        <source>经批准延长办理变更手续期限</source>
        <translation>经批准延长办理变更手续期限</translation>
    </message>
    <message>
        <source>办理职务、工资、工作及其他有关待遇变更手续</source>
        <translation>办理职务、工资、工作及其他有关待遇变更手续</translation>
    </message>
    <message>
        <source>向作出或者批准处分决定的组织报告执行情况</source>
        <translation>向作出或者批准处分决定的组织报告执行情况</translation>
    </message>
    <message>
        <source>留党察看期满处理</source>
        <translation>留党察看期满处理</translation>
    </message>
    <message>
        <source>受处分党员提出申诉</source>
        <translation>受处分党员提出申诉</translation>
    </message>
    <message>
        <source>申诉处理决定</source>
        <translation>申诉处理决定</translation>
    </message>
    <message>
        <source>更正案件信息</source>
        <translation>更正案件信息</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>案件</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>案件事件</source>
        <translation>案件事件</translation>
    </message>
    <message>
        <source>审计记录</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>账户</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>节假日日历</source>
        <translation>节假日日历</translation>
    </message>
    <message>
        <source>数据库信息</source>
        <translation>数据库信息</translation>
    </message>
    <message>
        <source>数据库结构</source>
        <translation>数据库结构</translation>
    </message>
    <message>
        <source>数据库正在使用中：另一个程序正在写入 %1（%2）。请稍后再试。</source>
        <translation>数据库正在使用中：另一个程序正在写入 %1（%2）。请稍后再试。</translation>
    </message>
    <message>
        <source>保存更改时出错</source>
        <translation>保存更改时出错</translation>
    </message>
    <message>
        <source>写入%1时出错</source>
        <translation>写入%1时出错</translation>
    </message>
    <message>
        <source>读取%1时出错</source>
        <translation>读取%1时出错</translation>
    </message>
    <message>
        <source>文件已损坏，请用 casetrack-cli check 检查，并从备份恢复。</source>
        <translation>文件已损坏，请用 casetrack-cli check 检查，并从备份恢复。</translation>
    </message>
    <message>
        <source>请检查磁盘空间和文件权限。</source>
        <translation>请检查磁盘空间和文件权限。</translation>
    </message>
    <message>
        <source>%1（%2）：%3</source>
        <translation>%1（%2）：%3</translation>
    </message>
</context>
<context>
    <name>SummaryStore</name>
    <message>
        <source>案件 %1 的列表摘要（%2）无法解析。请运行 casetrack-cli check --repair，从事件记录重建摘要。</source>
        <translation>案件 %1 的列表摘要（%2）无法解析。请运行 casetrack-cli check --repair，从事件记录重建摘要。</translation>
    </message>
</context>
<context>
    <name>Tracks</name>
    <message>
        <source>党组讨论决定</source>
        <translation>党组讨论决定</translation>
    </message>
    <message>
        <source>移送派出机构审理</source>
        <translation>移送派出机构审理</translation>
    </message>
    <message>
        <source>基层纪委、基层党委批准</source>
        <translation>基层纪委、基层党委批准</translation>
    </message>
    <message>
        <source>地方纪委决定</source>
        <translation>地方纪委决定</translation>
    </message>
    <message>
        <source>移送审理后由基层纪委、基层党委批准</source>
        <translation>移送审理后由基层纪委、基层党委批准</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>放弃填写的内容？</source>
        <translation>放弃填写的内容？</translation>
    </message>
    <message>
        <source>本窗口中填写的内容尚未保存，关闭后将丢失。
选“是”放弃并关闭；选“否”回到窗口继续填写。</source>
        <translation>本窗口中填写的内容尚未保存，关闭后将丢失。
选“是”放弃并关闭；选“否”回到窗口继续填写。</translation>
    </message>
</context>
<context>
    <name>WalCheck</name>
    <message>
        <source>预写日志 %1 已损坏：%2。为免静默丢失已保存的更改，数据库未打开。请从备份恢复，或联系技术支持。</source>
        <translation>预写日志 %1 已损坏：%2。为免静默丢失已保存的更改，数据库未打开。请从备份恢复，或联系技术支持。</translation>
    </message>
    <message>
        <source>文件被截短</source>
        <translation>文件被截短</translation>
    </message>
    <message>
        <source>文件头校验失败</source>
        <translation>文件头校验失败</translation>
    </message>
    <message>
        <source>已提交的 %1 帧中只有 %2 帧可以校验</source>
        <translation>已提交的 %1 帧中只有 %2 帧可以校验</translation>
    </message>
    <message>
        <source>第 %1 帧校验失败，其后还有已提交的更改</source>
        <translation>第 %1 帧校验失败，其后还有已提交的更改</translation>
    </message>
</context>
<context>
    <name>casetrack::AboutDialog</name>
    <message>
        <source>关于 CaseTrack</source>
        <translation>关于 CaseTrack</translation>
    </message>
    <message>
        <source>CaseTrack %1</source>
        <translation>CaseTrack %1</translation>
    </message>
    <message>
        <source>依据《党组讨论和决定党员处分事项工作程序规定》跟踪党纪处分程序。</source>
        <translation>依据《党组讨论和决定党员处分事项工作程序规定》跟踪党纪处分程序。</translation>
    </message>
    <message>
        <source>本程序是自由软件，依照 GNU 通用公共许可证第 3 版或（由您选择）任何更新版本（GPL-3.0-or-later）发布，不提供任何担保。</source>
        <translation>本程序是自由软件，依照 GNU 通用公共许可证第 3 版或（由您选择）任何更新版本（GPL-3.0-or-later）发布，不提供任何担保。</translation>
    </message>
    <message>
        <source>基于 Qt %1 构建，运行于 Qt %2。</source>
        <translation>基于 Qt %1 构建，运行于 Qt %2。</translation>
    </message>
    <message>
        <source>第三方声明</source>
        <translation>第三方声明</translation>
    </message>
    <message>
        <source>许可证全文</source>
        <translation>许可证全文</translation>
    </message>
</context>
<context>
    <name>casetrack::AccountDialog</name>
    <message>
        <source>添加用户</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>重设密码</source>
        <translation>重设密码</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>再次输入新密码</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>用户名：</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>角色：</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>新密码：</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>再次输入：</source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation>两次输入的密码不一致</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>casetrack::AttachMaterialDialog</name>
    <message>
        <source>添加案件材料</source>
        <translation>添加案件材料</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>材料类型</source>
        <translation>材料类型</translation>
    </message>
    <message>
        <source>材料日期</source>
        <translation>材料日期</translation>
    </message>
    <message>
        <source>材料形成、签发或收到的日期</source>
        <translation>材料形成、签发或收到的日期</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>如：张某处分决定书（盖章）</source>
        <translation>如：张某处分决定书（盖章）</translation>
    </message>
    <message>
        <source>文件：</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>类型：</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>日期：</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>说明：</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>文件加密保存在数据库内；每份不超过 %1 MiB。</source>
        <translation>文件加密保存在数据库内；每份不超过 %1 MiB。</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 有 %2，超过每份 %3 MiB 的上限：请压缩、降低扫描分辨率或拆分后再添加。</source>
        <translation>%1 有 %2，超过每份 %3 MiB 的上限：请压缩、降低扫描分辨率或拆分后再添加。</translation>
    </message>
    <message>
        <source>（尚未选择文件）</source>
        <translation>（尚未选择文件）</translation>
    </message>
    <message>
        <source>选择要添加的材料</source>
        <translation>选择要添加的材料</translation>
    </message>
    <message>
        <source>无法读取文件 %1。请检查文件是否存在、是否有权读取。</source>
        <translation>无法读取文件 %1。请检查文件是否存在、是否有权读取。</translation>
    </message>
    <message>
        <source>%1 超过每份 %2 MiB 的上限。</source>
        <translation>%1 超过每份 %2 MiB 的上限。</translation>
    </message>
</context>
<context>
    <name>casetrack::AuditModel</name>
    <message>
        <source>创建数据库</source>
        <translation>创建数据库</translation>
    </message>
    <message>
        <source>新建案件</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <source>更正案件信息</source>
        <translation>更正案件信息</translation>
    </message>
    <message>
        <source>记录步骤</source>
        <translation>记录步骤</translation>
    </message>
    <message>
        <source>添加用户</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>重设密码</source>
        <translation>重设密码</translation>
    </message>
    <message>
        <source>修改密码</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>修改设置</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>导入节假日</source>
        <translation>导入节假日</translation>
    </message>
    <message>
        <source>修改节假日</source>
        <translation>修改节假日</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>之前：%1
之后：%2</source>
        <translation>之前：%1
之后：%2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>变更</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>锁定</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>登录失败</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>以密码登录（只读）</source>
        <translation>以密码登录（只读）</translation>
    </message>
    <message>
        <source>以密码登录</source>
        <translation>以密码登录</translation>
    </message>
    <message numerus="yes">
        <source>%n 分钟未操作，自动锁定</source>
        <translation>
            <numerusform>%n 分钟未操作，自动锁定</numerusform>
        </translation>
    </message>
    <message>
        <source>手动锁定</source>
        <translation>手动锁定</translation>
    </message>
    <message>
        <source>自上次登录以来密码错误 %1 次（累计 %2 次）</source>
        <translation>自上次登录以来密码错误 %1 次（累计 %2 次）</translation>
    </message>
    <message>
        <source>更换数据库密钥</source>
        <translation>更换数据库密钥</translation>
    </message>
    <message>
        <source>更换账户密钥</source>
        <translation>更换账户密钥</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>升级数据库结构</source>
        <translation>升级数据库结构</translation>
    </message>
    <message>
        <source>接管遗留的写锁</source>
        <translation>接管遗留的写锁</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>修改文书信息</source>
        <translation>修改文书信息</translation>
    </message>
    <message>
        <source>启用用户</source>
        <translation>启用用户</translation>
    </message>
    <message>
        <source>停用用户</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>重新封装账户密钥</source>
        <translation>重新封装账户密钥</translation>
    </message>
    <message>
        <source>升级账户密钥格式</source>
        <translation>升级账户密钥格式</translation>
    </message>
    <message>
        <source>清零登录失败次数</source>
        <translation>清零登录失败次数</translation>
    </message>
    <message>
        <source>添加机构</source>
        <translation>添加机构</translation>
    </message>
    <message>
        <source>查看案件</source>
        <translation>查看案件</translation>
    </message>
    <message>
        <source>查看案件列表</source>
        <translation>查看案件列表</translation>
    </message>
    <message>
        <source>查看期限</source>
        <translation>查看期限</translation>
    </message>
    <message>
        <source>重建列表摘要</source>
        <translation>重建列表摘要</translation>
    </message>
    <message>
        <source>查看统计</source>
        <translation>查看统计</translation>
    </message>
    <message>
        <source>添加案件材料</source>
        <translation>添加案件材料</translation>
    </message>
    <message>
        <source>移除案件材料</source>
        <translation>移除案件材料</translation>
    </message>
    <message>
        <source>打开案件材料</source>
        <translation>打开案件材料</translation>
    </message>
    <message>
        <source>查看案件材料清单</source>
        <translation>查看案件材料清单</translation>
    </message>
    <message>
        <source>随系统锁屏或休眠锁定</source>
        <translation>随系统锁屏或休眠锁定</translation>
    </message>
    <message>
        <source>完成中断的更换密钥</source>
        <translation>完成中断的更换密钥</translation>
    </message>
</context>
<context>
    <name>casetrack::AuditPage</name>
    <message>
        <source>按用户、操作或对象筛选已载入的记录</source>
        <translation>按用户、操作或对象筛选已载入的记录</translation>
    </message>
    <message>
        <source>筛选审计记录</source>
        <translation>筛选审计记录</translation>
    </message>
    <message>
        <source>校验审计链</source>
        <translation>校验审计链</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>审计记录</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>审计链完整：共 %1 条记录，未发现改动。</source>
        <translation>审计链完整：共 %1 条记录，未发现改动。</translation>
    </message>
    <message>
        <source>审计链已被改动：第 %1 条记录起不一致。%2</source>
        <translation>审计链已被改动：第 %1 条记录起不一致。%2</translation>
    </message>
</context>
<context>
    <name>casetrack::CalendarDaysModel</name>
    <message>
        <source>放假</source>
        <translation>放假</translation>
    </message>
    <message>
        <source>调休上班</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>安排</source>
        <translation>安排</translation>
    </message>
    <message>
        <source>元旦</source>
        <translation>元旦</translation>
    </message>
    <message>
        <source>春节</source>
        <translation>春节</translation>
    </message>
    <message>
        <source>清明节</source>
        <translation>清明节</translation>
    </message>
    <message>
        <source>劳动节</source>
        <translation>劳动节</translation>
    </message>
    <message>
        <source>端午节</source>
        <translation>端午节</translation>
    </message>
    <message>
        <source>中秋节</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <source>国庆节</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <source>中秋节、国庆节</source>
        <translation>中秋节、国庆节</translation>
    </message>
    <message>
        <source>国庆节、中秋节</source>
        <translation>国庆节、中秋节</translation>
    </message>
</context>
<context>
    <name>casetrack::CalendarPage</name>
    <message>
        <source>年份</source>
        <translation>年份</translation>
    </message>
    <message>
        <source> 年</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>导入放假安排…</source>
        <translation>导入放假安排…</translation>
    </message>
    <message>
        <source>导入 holiday-cn 格式的 JSON 文件（每年一个）</source>
        <translation>导入 holiday-cn 格式的 JSON 文件（每年一个）</translation>
    </message>
    <message>
        <source>修改所选日期…</source>
        <translation>修改所选日期…</translation>
    </message>
    <message>
        <source>放假和调休日期</source>
        <translation>放假和调休日期</translation>
    </message>
    <message>
        <source>红色：法定节假日&#x3000;灰色：周末休息日&#x3000;蓝色“班”：调休上班日。双击日期可修改。</source>
        <translation>红色：法定节假日&#x3000;灰色：周末休息日&#x3000;蓝色“班”：调休上班日。双击日期可修改。</translation>
    </message>
    <message>
        <source>年份：</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>导入放假安排</source>
        <translation>导入放假安排</translation>
    </message>
    <message>
        <source>holiday-cn JSON 文件 (*.json)</source>
        <translation>holiday-cn JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>已载入放假安排的年份：%1</source>
        <translation>已载入放假安排的年份：%1</translation>
    </message>
    <message>
        <source>%1 年尚无放假安排：涉及该年的期限只按周末计算，并会提示。请导入国务院办公厅的放假通知。</source>
        <translation>%1 年尚无放假安排：涉及该年的期限只按周末计算，并会提示。请导入国务院办公厅的放假通知。</translation>
    </message>
    <message>
        <source>无法读取文件 %1。</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>已导入 %1 年的放假安排。</source>
        <translation>已导入 %1 年的放假安排。</translation>
    </message>
    <message>
        <source>已修改。</source>
        <translation>已修改。</translation>
    </message>
    <message>
        <source>正在按新的放假安排重新计算每个案件的期限…</source>
        <translation>正在按新的放假安排重新计算每个案件的期限…</translation>
    </message>
</context>
<context>
    <name>casetrack::CaseDeadlinesModel</name>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 完成</source>
        <translation>%1 完成</translation>
    </message>
    <message>
        <source>（%1 年尚无放假安排，仅按周末计算）</source>
        <translation>（%1 年尚无放假安排，仅按周末计算）</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>到期日</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>剩余</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>计算说明</source>
        <translation>计算说明</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>casetrack::CaseListModel</name>
    <message>
        <source>（已结案）</source>
        <translation>（已结案）</translation>
    </message>
    <message>
        <source>案件编号</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>被审查调查人</source>
        <translation>被审查调查人</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>程序</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>下一必经步骤</source>
        <translation>下一必经步骤</translation>
    </message>
    <message>
        <source>最近期限</source>
        <translation>最近期限</translation>
    </message>
    <message>
        <source>处分</source>
        <translation>处分</translation>
    </message>
</context>
<context>
    <name>casetrack::CaseView</name>
    <message>
        <source>← 返回案件列表</source>
        <translation>← 返回案件列表</translation>
    </message>
    <message>
        <source>更正记录…</source>
        <translation>更正记录…</translation>
    </message>
    <message>
        <source>程序时间线</source>
        <translation>程序时间线</translation>
    </message>
    <message>
        <source>本案期限</source>
        <translation>本案期限</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>任免经党组会议决定</source>
        <translation>任免经党组会议决定</translation>
    </message>
    <message>
        <source>领导班子成员</source>
        <translation>领导班子成员</translation>
    </message>
    <message>
        <source>重点监督对象</source>
        <translation>重点监督对象</translation>
    </message>
    <message>
        <source>正职领导干部</source>
        <translation>正职领导干部</translation>
    </message>
    <message>
        <source>向党中央备案</source>
        <translation>向党中央备案</translation>
    </message>
    <message>
        <source>向地方党委备案</source>
        <translation>向地方党委备案</translation>
    </message>
    <message>
        <source>组织关系在地方</source>
        <translation>组织关系在地方</translation>
    </message>
    <message>
        <source>地方党委或纪委委员</source>
        <translation>地方党委或纪委委员</translation>
    </message>
    <message>
        <source>重大疑难复杂</source>
        <translation>重大疑难复杂</translation>
    </message>
    <message>
        <source>地方纪委立案</source>
        <translation>地方纪委立案</translation>
    </message>
    <message>
        <source>派驻机构立案</source>
        <translation>派驻机构立案</translation>
    </message>
    <message>
        <source>%1&#x3000;%2&#x3000;%3</source>
        <translation>%1&#x3000;%2&#x3000;%3</translation>
    </message>
    <message>
        <source>程序：&lt;b&gt;%1&lt;/b&gt;&#x3000;阶段：&lt;b&gt;%2&lt;/b&gt;%3</source>
        <translation>程序：&lt;b&gt;%1&lt;/b&gt;&#x3000;阶段：&lt;b&gt;%2&lt;/b&gt;%3</translation>
    </message>
    <message>
        <source>（已结案）</source>
        <translation>（已结案）</translation>
    </message>
    <message>
        <source>情况：%1</source>
        <translation>情况：%1</translation>
    </message>
    <message>
        <source>%1（%2 年）</source>
        <translation>%1（%2 年）</translation>
    </message>
    <message>
        <source>处分决定：&lt;b&gt;%1&lt;/b&gt;，%2 作出，%3 起生效</source>
        <translation>处分决定：&lt;b&gt;%1&lt;/b&gt;，%2 作出，%3 起生效</translation>
    </message>
    <message>
        <source>%1：%2 至 %3（%4）</source>
        <translation>%1：%2 至 %3（%4）</translation>
    </message>
    <message>
        <source>所有必经步骤都已完成，本案已结案。</source>
        <translation>所有必经步骤都已完成，本案已结案。</translation>
    </message>
    <message>
        <source>没有可记录的步骤。</source>
        <translation>没有可记录的步骤。</translation>
    </message>
    <message>
        <source>必经步骤，依据%1</source>
        <translation>必经步骤，依据%1</translation>
    </message>
    <message>
        <source>可选步骤，依据%1</source>
        <translation>可选步骤，依据%1</translation>
    </message>
    <message>
        <source>%1。暂不能记录：%2</source>
        <translation>%1。暂不能记录：%2</translation>
    </message>
    <message>
        <source>返回案件列表（Esc 或 Alt+←）</source>
        <translation>返回案件列表（Esc 或 Alt+←）</translation>
    </message>
    <message>
        <source>您的角色（%1）不能记录此步骤；由%2记录。</source>
        <translation>您的角色（%1）不能记录此步骤；由%2记录。</translation>
    </message>
    <message>
        <source>记录…</source>
        <translation>记录…</translation>
    </message>
    <message>
        <source>更正案件信息…</source>
        <translation>更正案件信息…</translation>
    </message>
    <message>
        <source>您的角色（%1）不能更正案件信息。</source>
        <translation>您的角色（%1）不能更正案件信息。</translation>
    </message>
    <message>
        <source>案件材料</source>
        <translation>案件材料</translation>
    </message>
    <message>
        <source>程序进度</source>
        <translation>程序进度</translation>
    </message>
    <message>
        <source>机关纪委立案</source>
        <translation>机关纪委立案</translation>
    </message>
    <message>
        <source>由基层纪委、基层党委审批（第四条第二款）</source>
        <translation>由基层纪委、基层党委审批（第四条第二款）</translation>
    </message>
    <message>
        <source>注意：%1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>现行处分：&lt;b&gt;%1&lt;/b&gt;（申诉处理决定，%2 作出）</source>
        <translation>现行处分：&lt;b&gt;%1&lt;/b&gt;（申诉处理决定，%2 作出）</translation>
    </message>
    <message>
        <source>%1（%2 申诉处理）</source>
        <translation>%1（%2 申诉处理）</translation>
    </message>
    <message>
        <source>%1（%2 决定）</source>
        <translation>%1（%2 决定）</translation>
    </message>
    <message>
        <source>处分沿革：%1</source>
        <translation>处分沿革：%1</translation>
    </message>
    <message>
        <source>案件材料（%1）</source>
        <translation>案件材料（%1）</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>casetrack::CasesPage</name>
    <message>
        <source>按姓名、单位或案件编号查找（Ctrl+F）</source>
        <translation>按姓名、单位或案件编号查找（Ctrl+F）</translation>
    </message>
    <message>
        <source>查找案件</source>
        <translation>查找案件</translation>
    </message>
    <message>
        <source>按阶段筛选</source>
        <translation>按阶段筛选</translation>
    </message>
    <message>
        <source>全部阶段</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>按程序筛选</source>
        <translation>按程序筛选</translation>
    </message>
    <message>
        <source>全部程序</source>
        <translation>全部程序</translation>
    </message>
    <message>
        <source>按立案年度筛选</source>
        <translation>按立案年度筛选</translation>
    </message>
    <message>
        <source>全部年度</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>已超期</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>新建案件…</source>
        <translation>新建案件…</translation>
    </message>
    <message>
        <source>新建案件（Ctrl+N）</source>
        <translation>新建案件（Ctrl+N）</translation>
    </message>
    <message>
        <source>案件列表</source>
        <translation>案件列表</translation>
    </message>
    <message>
        <source>正在计算案件状态…</source>
        <translation>正在计算案件状态…</translation>
    </message>
    <message>
        <source>共 %1 件，显示 %2 件</source>
        <translation>共 %1 件，显示 %2 件</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>您的角色（%1）不能新建案件。</source>
        <translation>您的角色（%1）不能新建案件。</translation>
    </message>
</context>
<context>
    <name>casetrack::ChangePasswordDialog</name>
    <message>
        <source>修改我的密码</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>当前密码</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>再次输入新密码</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>当前密码：</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>新密码：</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>再次输入：</source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>两次输入的新密码不一致</source>
        <translation>两次输入的新密码不一致</translation>
    </message>
</context>
<context>
    <name>casetrack::CorrectionDialog</name>
    <message>
        <source>更正记录</source>
        <translation>更正记录</translation>
    </message>
    <message>
        <source>要更正的记录</source>
        <translation>要更正的记录</translation>
    </message>
    <message>
        <source>#%1 %2 %3</source>
        <translation>#%1 %2 %3</translation>
    </message>
    <message>
        <source>修改日期或内容</source>
        <translation>修改日期或内容</translation>
    </message>
    <message>
        <source>撤销这条记录（记录有误，实际未发生）</source>
        <translation>撤销这条记录（记录有误，实际未发生）</translation>
    </message>
    <message>
        <source>更正后的内容</source>
        <translation>更正后的内容</translation>
    </message>
    <message>
        <source>更正理由</source>
        <translation>更正理由</translation>
    </message>
    <message>
        <source>必填：为什么更正，依据什么材料</source>
        <translation>必填：为什么更正，依据什么材料</translation>
    </message>
    <message>
        <source>记录：</source>
        <translation>记录：</translation>
    </message>
    <message>
        <source>更正方式：</source>
        <translation>更正方式：</translation>
    </message>
    <message>
        <source>原记录不会被删除：更正作为一条新记录保存，时间线上两者都可见。</source>
        <translation>原记录不会被删除：更正作为一条新记录保存，时间线上两者都可见。</translation>
    </message>
    <message>
        <source>更正理由（必填）：</source>
        <translation>更正理由（必填）：</translation>
    </message>
    <message>
        <source>保存更正</source>
        <translation>保存更正</translation>
    </message>
    <message>
        <source>这个案件还没有可更正的记录。</source>
        <translation>这个案件还没有可更正的记录。</translation>
    </message>
    <message>
        <source>请填写更正理由。</source>
        <translation>请填写更正理由。</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>casetrack::DateField</name>
    <message>
        <source>yyyy年M月d日</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>未填写（如 1972-05-14）</source>
        <translation>未填写（如 1972-05-14）</translation>
    </message>
    <message>
        <source>如 1972-05-14 或 19720514</source>
        <translation>如 1972-05-14 或 19720514</translation>
    </message>
    <message>
        <source>日历…</source>
        <translation>日历…</translation>
    </message>
    <message>
        <source>在日历中选择日期</source>
        <translation>在日历中选择日期</translation>
    </message>
    <message>
        <source>请填写日期，如 2026-05-14。</source>
        <translation>请填写日期，如 2026-05-14。</translation>
    </message>
    <message>
        <source>“%1”不是日期：请按 1972-05-14、19720514 或 1972/5/14 填写。</source>
        <translation>“%1”不是日期：请按 1972-05-14、19720514 或 1972/5/14 填写。</translation>
    </message>
    <message>
        <source>日期不能晚于今天（%1）：请填写已经发生的日期。</source>
        <translation>日期不能晚于今天（%1）：请填写已经发生的日期。</translation>
    </message>
    <message>
        <source>日期不能晚于 %1。</source>
        <translation>日期不能晚于 %1。</translation>
    </message>
    <message>
        <source>日期不能早于 %1。</source>
        <translation>日期不能早于 %1。</translation>
    </message>
    <message>
        <source>%1：日历</source>
        <translation>%1：日历</translation>
    </message>
</context>
<context>
    <name>casetrack::DayEditDialog</name>
    <message>
        <source>修改 %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <source>这一天的安排</source>
        <translation>这一天的安排</translation>
    </message>
    <message>
        <source>普通日（按星期计算）</source>
        <translation>普通日（按星期计算）</translation>
    </message>
    <message>
        <source>法定节假日（放假）</source>
        <translation>法定节假日（放假）</translation>
    </message>
    <message>
        <source>调休上班</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>节日名称</source>
        <translation>节日名称</translation>
    </message>
    <message>
        <source>如：国庆节</source>
        <translation>如：国庆节</translation>
    </message>
    <message>
        <source>安排：</source>
        <translation>安排：</translation>
    </message>
    <message>
        <source>名称：</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>请以国务院办公厅当年的放假通知为准。修改会记入审计，并影响所有期限的计算。</source>
        <translation>请以国务院办公厅当年的放假通知为准。修改会记入审计，并影响所有期限的计算。</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>casetrack::DeadlinesModel</name>
    <message>
        <source>已超期（%1）</source>
        <translation>已超期（%1）</translation>
    </message>
    <message>
        <source>即将到期（%1）</source>
        <translation>即将到期（%1）</translation>
    </message>
    <message>
        <source>以后到期（%1）</source>
        <translation>以后到期（%1）</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>到期日</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>剩余</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>被审查调查人</source>
        <translation>被审查调查人</translation>
    </message>
    <message>
        <source>案件编号</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>计算说明</source>
        <translation>计算说明</translation>
    </message>
</context>
<context>
    <name>casetrack::DeadlinesPage</name>
    <message>
        <source>期限列表</source>
        <translation>期限列表</translation>
    </message>
    <message>
        <source>所有未完成的期限。双击打开案件；鼠标停在一行上可看到到期日的计算说明。</source>
        <translation>所有未完成的期限。双击打开案件；鼠标停在一行上可看到到期日的计算说明。</translation>
    </message>
</context>
<context>
    <name>casetrack::DesktopApp</name>
    <message>
        <source>因长时间未操作，数据库已锁定。</source>
        <translation>因长时间未操作，数据库已锁定。</translation>
    </message>
    <message>
        <source>电脑已锁屏或将要休眠，数据库已随之锁定。</source>
        <translation>电脑已锁屏或将要休眠，数据库已随之锁定。</translation>
    </message>
</context>
<context>
    <name>casetrack::DocumentActions</name>
    <message>
        <source>文书信息…</source>
        <translation>文书信息…</translation>
    </message>
    <message>
        <source>违纪事实、处分依据、发文序号、主送、抄送和宣布记录</source>
        <translation>违纪事实、处分依据、发文序号、主送、抄送和宣布记录</translation>
    </message>
    <message>
        <source>打印文书…</source>
        <translation>打印文书…</translation>
    </message>
    <message>
        <source>打印或另存处分决定、备案表、通报等（Ctrl+P）</source>
        <translation>打印或另存处分决定、备案表、通报等（Ctrl+P）</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>导出案件清单为 Excel、CSV 或 PDF（Ctrl+E）</source>
        <translation>导出案件清单为 Excel、CSV 或 PDF（Ctrl+E）</translation>
    </message>
    <message>
        <source>导出期限清单为 Excel、CSV、日历或 PDF（Ctrl+E）</source>
        <translation>导出期限清单为 Excel、CSV、日历或 PDF（Ctrl+E）</translation>
    </message>
    <message>
        <source>文书设置…</source>
        <translation>文书设置…</translation>
    </message>
    <message>
        <source>单位名称、发文字号、署名和模板</source>
        <translation>单位名称、发文字号、署名和模板</translation>
    </message>
</context>
<context>
    <name>casetrack::DocumentInputsDialog</name>
    <message>
        <source>文书信息</source>
        <translation>文书信息</translation>
    </message>
    <message>
        <source>违纪事实</source>
        <translation>违纪事实</translation>
    </message>
    <message>
        <source>每段之间空一行。</source>
        <translation>每段之间空一行。</translation>
    </message>
    <message>
        <source>处分依据</source>
        <translation>处分依据</translation>
    </message>
    <message>
        <source>如《中国共产党纪律处分条例》第一百零一条</source>
        <translation>如《中国共产党纪律处分条例》第一百零一条</translation>
    </message>
    <message>
        <source>发文序号</source>
        <translation>发文序号</translation>
    </message>
    <message>
        <source>主送</source>
        <translation>主送</translation>
    </message>
    <message>
        <source>留空则用模板中的主送机关</source>
        <translation>留空则用模板中的主送机关</translation>
    </message>
    <message>
        <source>抄送</source>
        <translation>抄送</translation>
    </message>
    <message>
        <source>已宣布，日期：</source>
        <translation>已宣布，日期：</translation>
    </message>
    <message>
        <source>宣布日期</source>
        <translation>宣布日期</translation>
    </message>
    <message>
        <source>宣布地点</source>
        <translation>宣布地点</translation>
    </message>
    <message>
        <source>宣布人</source>
        <translation>宣布人</translation>
    </message>
    <message>
        <source>参加人员</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>记录人</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>受处分人表态</source>
        <translation>受处分人表态</translation>
    </message>
    <message>
        <source>处分决定</source>
        <translation>处分决定</translation>
    </message>
    <message>
        <source>违纪事实：</source>
        <translation>违纪事实：</translation>
    </message>
    <message>
        <source>处分依据：</source>
        <translation>处分依据：</translation>
    </message>
    <message>
        <source>发文序号：</source>
        <translation>发文序号：</translation>
    </message>
    <message>
        <source>主送：</source>
        <translation>主送：</translation>
    </message>
    <message>
        <source>抄送：</source>
        <translation>抄送：</translation>
    </message>
    <message>
        <source>宣布记录（第十条）</source>
        <translation>宣布记录（第十条）</translation>
    </message>
    <message>
        <source>宣布日期：</source>
        <translation>宣布日期：</translation>
    </message>
    <message>
        <source>地点：</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>宣布人：</source>
        <translation>宣布人：</translation>
    </message>
    <message>
        <source>参加人员：</source>
        <translation>参加人员：</translation>
    </message>
    <message>
        <source>记录人：</source>
        <translation>记录人：</translation>
    </message>
    <message>
        <source>受处分人表态：</source>
        <translation>受处分人表态：</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>这些内容只用于本案的文书，保存在加密的数据库中。</source>
        <translation>这些内容只用于本案的文书，保存在加密的数据库中。</translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>自动编号</source>
        <translation>自动编号</translation>
    </message>
    <message>
        <source>留空（自动编号）时，文书在打印或保存时取发文机关本年度的下一个序号，重印沿用原号。填写序号则使用登记簿上的号，不得与已发文书重复。</source>
        <translation>留空（自动编号）时，文书在打印或保存时取发文机关本年度的下一个序号，重印沿用原号。填写序号则使用登记簿上的号，不得与已发文书重复。</translation>
    </message>
</context>
<context>
    <name>casetrack::DocumentPreviewDialog</name>
    <message>
        <source>打印预览 — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <source>预览页面</source>
        <translation>预览页面</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>整页</source>
        <translation>整页</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>casetrack::DocumentSettingsDialog</name>
    <message>
        <source>党组</source>
        <translation>党组</translation>
    </message>
    <message>
        <source>驻在单位</source>
        <translation>驻在单位</translation>
    </message>
    <message>
        <source>派驻机构</source>
        <translation>派驻机构</translation>
    </message>
    <message>
        <source>派出机构</source>
        <translation>派出机构</translation>
    </message>
    <message>
        <source>派出机关</source>
        <translation>派出机关</translation>
    </message>
    <message>
        <source>基层纪委</source>
        <translation>基层纪委</translation>
    </message>
    <message>
        <source>基层党委</source>
        <translation>基层党委</translation>
    </message>
    <message>
        <source>地方纪委</source>
        <translation>地方纪委</translation>
    </message>
    <message>
        <source>地方党组织</source>
        <translation>地方党组织</translation>
    </message>
    <message>
        <source>组织部门</source>
        <translation>组织部门</translation>
    </message>
    <message>
        <source>印发机关</source>
        <translation>印发机关</translation>
    </message>
    <message>
        <source>发文机关标志</source>
        <translation>发文机关标志</translation>
    </message>
    <message>
        <source>文书设置</source>
        <translation>文书设置</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>署名（留空则以名称署名）</source>
        <translation>署名（留空则以名称署名）</translation>
    </message>
    <message>
        <source>：</source>
        <translation>：</translation>
    </message>
    <message>
        <source>%1署名</source>
        <translation>%1署名</translation>
    </message>
    <message>
        <source>留空则不印版头</source>
        <translation>留空则不印版头</translation>
    </message>
    <message>
        <source>发文字号格式</source>
        <translation>发文字号格式</translation>
    </message>
    <message>
        <source>模板文件夹</source>
        <translation>模板文件夹</translation>
    </message>
    <message>
        <source>留空则用内置模板</source>
        <translation>留空则用内置模板</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>发文字号：</source>
        <translation>发文字号：</translation>
    </message>
    <message>
        <source>{year} 为年份，{seq} 为序号，如 某党组〔{year}〕{seq}号</source>
        <translation>{year} 为年份，{seq} 为序号，如 某党组〔{year}〕{seq}号</translation>
    </message>
    <message>
        <source>模板文件夹：</source>
        <translation>模板文件夹：</translation>
    </message>
    <message>
        <source>文件夹中的“文书代号.tpl”（如 decision.tpl）替换内置模板。</source>
        <translation>文件夹中的“文书代号.tpl”（如 decision.tpl）替换内置模板。</translation>
    </message>
    <message>
        <source>所有用户共用，修改记入审计。</source>
        <translation>所有用户共用，修改记入审计。</translation>
    </message>
    <message>
        <source>只有管理员可以修改文书设置。</source>
        <translation>只有管理员可以修改文书设置。</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>文书设置已保存。</source>
        <translation>文书设置已保存。</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>casetrack::ExportDialog</name>
    <message>
        <source>导出案件清单</source>
        <translation>导出案件清单</translation>
    </message>
    <message>
        <source>导出期限清单</source>
        <translation>导出期限清单</translation>
    </message>
    <message>
        <source>当前列表显示的 %1 件案件（按筛选条件）</source>
        <translation>当前列表显示的 %1 件案件（按筛选条件）</translation>
    </message>
    <message>
        <source>未完成的期限（%1 件案件，即期限页所列）</source>
        <translation>未完成的期限（%1 件案件，即期限页所列）</translation>
    </message>
    <message>
        <source>全部 %1 件案件</source>
        <translation>全部 %1 件案件</translation>
    </message>
    <message>
        <source>全部案件的全部期限（含已完成的）</source>
        <translation>全部案件的全部期限（含已完成的）</translation>
    </message>
    <message>
        <source>导出范围</source>
        <translation>导出范围</translation>
    </message>
    <message>
        <source>文件格式</source>
        <translation>文件格式</translation>
    </message>
    <message>
        <source>Excel 工作簿（.xlsx）</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>CSV 文本（.csv，UTF-8）</source>
        <translation>CSV 文本（.csv，UTF-8）</translation>
    </message>
    <message>
        <source>日历（.ics，可导入 Outlook、手机日历）</source>
        <translation>日历（.ics，可导入 Outlook、手机日历）</translation>
    </message>
    <message>
        <source>PDF 表格（.pdf）</source>
        <translation>PDF 表格（.pdf）</translation>
    </message>
    <message>
        <source>保存到</source>
        <translation>保存到</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>用途</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>必填，如：季度案件统计</source>
        <translation>必填，如：季度案件统计</translation>
    </message>
    <message>
        <source>接收方</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>必填，如：派驻机构综合室</source>
        <translation>必填，如：派驻机构综合室</translation>
    </message>
    <message>
        <source>依照数据共享规定第二十五条、第二十九条，导出案件信息须写明用途和接收方，导出的内容、案件和文件记入审计日志。</source>
        <translation>依照数据共享规定第二十五条、第二十九条，导出案件信息须写明用途和接收方，导出的内容、案件和文件记入审计日志。</translation>
    </message>
    <message>
        <source>格式：</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>保存到：</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <source>用途：</source>
        <translation>用途：</translation>
    </message>
    <message>
        <source>接收方：</source>
        <translation>接收方：</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>案件清单</source>
        <translation>案件清单</translation>
    </message>
    <message>
        <source>期限清单</source>
        <translation>期限清单</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>%1 文件 (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>正在导出，请稍候…</source>
        <translation>正在导出，请稍候…</translation>
    </message>
    <message>
        <source>已导出 %1 件案件到 %2。</source>
        <translation>已导出 %1 件案件到 %2。</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>日历中写入被审查调查人姓名</source>
        <translation>日历中写入被审查调查人姓名</translation>
    </message>
    <message>
        <source>警告：日历常同步到手机和云端账户。不勾选时，日历只含案件编号和期限种类。</source>
        <translation>警告：日历常同步到手机和云端账户。不勾选时，日历只含案件编号和期限种类。</translation>
    </message>
</context>
<context>
    <name>casetrack::FactCorrectionDialog</name>
    <message>
        <source>更正案件信息</source>
        <translation>更正案件信息</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>立案机关</source>
        <translation>立案机关</translation>
    </message>
    <message>
        <source>派驻机构（纪检监察组）</source>
        <translation>派驻机构（纪检监察组）</translation>
    </message>
    <message>
        <source>地方纪委</source>
        <translation>地方纪委</translation>
    </message>
    <message>
        <source>本单位机关纪委（基层纪委）</source>
        <translation>本单位机关纪委（基层纪委）</translation>
    </message>
    <message>
        <source>处分决定方式</source>
        <translation>处分决定方式</translation>
    </message>
    <message>
        <source>党组讨论决定（第四条第一款）</source>
        <translation>党组讨论决定（第四条第一款）</translation>
    </message>
    <message>
        <source>基层纪委审查批准或基层党委审议批准（第四条第二款）</source>
        <translation>基层纪委审查批准或基层党委审议批准（第四条第二款）</translation>
    </message>
    <message>
        <source>备案情况</source>
        <translation>备案情况</translation>
    </message>
    <message>
        <source>不是备案的党员干部</source>
        <translation>不是备案的党员干部</translation>
    </message>
    <message>
        <source>向党中央备案</source>
        <translation>向党中央备案</translation>
    </message>
    <message>
        <source>向本级地方党委备案</source>
        <translation>向本级地方党委备案</translation>
    </message>
    <message>
        <source>属于驻在单位党组管理的人员</source>
        <translation>属于驻在单位党组管理的人员</translation>
    </message>
    <message>
        <source>任免由驻在单位党组会议讨论决定</source>
        <translation>任免由驻在单位党组会议讨论决定</translation>
    </message>
    <message>
        <source>是驻在单位党组管理的领导班子成员</source>
        <translation>是驻在单位党组管理的领导班子成员</translation>
    </message>
    <message>
        <source>是其他列入重点监督对象的党员</source>
        <translation>是其他列入重点监督对象的党员</translation>
    </message>
    <message>
        <source>是领导班子中的正职领导干部</source>
        <translation>是领导班子中的正职领导干部</translation>
    </message>
    <message>
        <source>党组织关系在地方，干部由主管部门党组管理</source>
        <translation>党组织关系在地方，干部由主管部门党组管理</translation>
    </message>
    <message>
        <source>同时是地方党委委员、候补委员或地方纪委委员</source>
        <translation>同时是地方党委委员、候补委员或地方纪委委员</translation>
    </message>
    <message>
        <source>重大、疑难、复杂案件</source>
        <translation>重大、疑难、复杂案件</translation>
    </message>
    <message>
        <source>被审查调查人</source>
        <translation>被审查调查人</translation>
    </message>
    <message>
        <source>姓名：</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>性别：</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>民族：</source>
        <translation>民族：</translation>
    </message>
    <message>
        <source>单位：</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>职务：</source>
        <translation>职务：</translation>
    </message>
    <message>
        <source>决定适用程序的情况</source>
        <translation>决定适用程序的情况</translation>
    </message>
    <message>
        <source>立案机关：</source>
        <translation>立案机关：</translation>
    </message>
    <message>
        <source>处分决定方式：</source>
        <translation>处分决定方式：</translation>
    </message>
    <message>
        <source>备案情况：</source>
        <translation>备案情况：</translation>
    </message>
    <message>
        <source>更正理由</source>
        <translation>更正理由</translation>
    </message>
    <message>
        <source>必填：为什么更正，依据什么材料</source>
        <translation>必填：为什么更正，依据什么材料</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>按更正后的案件信息重新检验已记录的步骤，列出程序和期限的变化；不保存。</source>
        <translation>按更正后的案件信息重新检验已记录的步骤，列出程序和期限的变化；不保存。</translation>
    </message>
    <message>
        <source>原案件信息不会被覆盖而不留痕：更正作为一条记录保存在时间线上，并写入审计记录。</source>
        <translation>原案件信息不会被覆盖而不留痕：更正作为一条记录保存在时间线上，并写入审计记录。</translation>
    </message>
    <message>
        <source>更正理由（必填）：</source>
        <translation>更正理由（必填）：</translation>
    </message>
    <message>
        <source>保存更正</source>
        <translation>保存更正</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>机构（不选：使用各类别的默认机构）</source>
        <translation>机构（不选：使用各类别的默认机构）</translation>
    </message>
    <message>
        <source>（不指定）</source>
        <translation>（不指定）</translation>
    </message>
    <message>
        <source>未登记的机构 %1</source>
        <translation>未登记的机构 %1</translation>
    </message>
    <message>
        <source>%1：</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>尚未修改任何案件信息。</source>
        <translation>尚未修改任何案件信息。</translation>
    </message>
    <message>
        <source>请先点“预览”：按更正后的案件信息重新检验已记录的步骤，再保存。</source>
        <translation>请先点“预览”：按更正后的案件信息重新检验已记录的步骤，再保存。</translation>
    </message>
    <message>
        <source>请填写更正理由。</source>
        <translation>请填写更正理由。</translation>
    </message>
    <message>
        <source>不能保存：%1</source>
        <translation>不能保存：%1</translation>
    </message>
    <message>
        <source>可以保存。按更正后的案件信息重新检验，已记录的步骤都符合程序。</source>
        <translation>可以保存。按更正后的案件信息重新检验，已记录的步骤都符合程序。</translation>
    </message>
    <message>
        <source>程序不变：%1</source>
        <translation>程序不变：%1</translation>
    </message>
    <message>
        <source>程序：%1 → %2</source>
        <translation>程序：%1 → %2</translation>
    </message>
    <message>
        <source>阶段：%1 → %2</source>
        <translation>阶段：%1 → %2</translation>
    </message>
    <message>
        <source>新增期限“%1”：%2 前</source>
        <translation>新增期限“%1”：%2 前</translation>
    </message>
    <message>
        <source>期限“%1”：%2 → %3</source>
        <translation>期限“%1”：%2 → %3</translation>
    </message>
    <message>
        <source>不再适用的期限“%1”（原 %2 前）</source>
        <translation>不再适用的期限“%1”（原 %2 前）</translation>
    </message>
    <message>
        <source>期限不变。</source>
        <translation>期限不变。</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>入党日期</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>出生日期：</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <source>入党日期：</source>
        <translation>入党日期：</translation>
    </message>
</context>
<context>
    <name>casetrack::FigureExportDialog</name>
    <message>
        <source>导出统计图片</source>
        <translation>导出统计图片</translation>
    </message>
    <message>
        <source>导出统计表格</source>
        <translation>导出统计表格</translation>
    </message>
    <message>
        <source>保存到</source>
        <translation>保存到</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>用途</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>必填，如：年度工作总结</source>
        <translation>必填，如：年度工作总结</translation>
    </message>
    <message>
        <source>接收方</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>必填，如：派驻机构综合室</source>
        <translation>必填，如：派驻机构综合室</translation>
    </message>
    <message>
        <source>依照数据共享规定第二十五条、第二十九条，导出统计数据须写明用途和接收方，导出的内容和文件记入审计日志。</source>
        <translation>依照数据共享规定第二十五条、第二十九条，导出统计数据须写明用途和接收方，导出的内容和文件记入审计日志。</translation>
    </message>
    <message>
        <source>保存到：</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <source>用途：</source>
        <translation>用途：</translation>
    </message>
    <message>
        <source>接收方：</source>
        <translation>接收方：</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>%1 文件 (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>已导出到 %1。</source>
        <translation>已导出到 %1。</translation>
    </message>
</context>
<context>
    <name>casetrack::FigureView</name>
    <message>
        <source>其他（%1项）</source>
        <translation>其他（%1项）</translation>
    </message>
    <message>
        <source>导出图片…</source>
        <translation>导出图片…</translation>
    </message>
    <message>
        <source>导出表格…</source>
        <translation>导出表格…</translation>
    </message>
</context>
<context>
    <name>casetrack::FirstRunWizard</name>
    <message>
        <source>欢迎使用 CaseTrack</source>
        <translation>欢迎使用 CaseTrack</translation>
    </message>
    <message>
        <source>数据库文件</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>管理员姓名</source>
        <translation>管理员姓名</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>再次输入密码</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>恢复密钥</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>下一步 &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <source>&lt; 上一步</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>创建数据库 &gt;</source>
        <translation>创建数据库 &gt;</translation>
    </message>
</context>
<context>
    <name>casetrack::HomePage</name>
    <message>
        <source>需要关注的期限</source>
        <translation>需要关注的期限</translation>
    </message>
    <message>
        <source>到期日</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>等待我的角色办理的案件</source>
        <translation>等待我的角色办理的案件</translation>
    </message>
    <message>
        <source>案件编号</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>最近记录的步骤</source>
        <translation>最近记录的步骤</translation>
    </message>
    <message>
        <source>记录时间</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>步骤</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>记录人</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>各阶段案件数</source>
        <translation>各阶段案件数</translation>
    </message>
    <message>
        <source>超期和即将到期的期限</source>
        <translation>超期和即将到期的期限</translation>
    </message>
    <message>
        <source>等待%1办理的案件</source>
        <translation>等待%1办理的案件</translation>
    </message>
    <message>
        <source>今天是%1。超期 %2 项，即将到期 %3 项；共 %4 件案件，其中 %5 件未结案。</source>
        <translation>今天是%1。超期 %2 项，即将到期 %3 项；共 %4 件案件，其中 %5 件未结案。</translation>
    </message>
    <message>
        <source>已超期</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>没有超期或即将到期的期限。</source>
        <translation>没有超期或即将到期的期限。</translation>
    </message>
    <message>
        <source>另有 %1 项未列出，见“期限”页。</source>
        <translation>另有 %1 项未列出，见“期限”页。</translation>
    </message>
    <message>
        <source>已超期的，以及 %1 天内到期的（天数见“设置”）。按回车或双击打开案件。</source>
        <translation>已超期的，以及 %1 天内到期的（天数见“设置”）。按回车或双击打开案件。</translation>
    </message>
    <message>
        <source>没有等待您的角色办理的案件。</source>
        <translation>没有等待您的角色办理的案件。</translation>
    </message>
    <message>
        <source>另有 %1 件未列出。</source>
        <translation>另有 %1 件未列出。</translation>
    </message>
    <message>
        <source>还没有案件。</source>
        <translation>还没有案件。</translation>
    </message>
    <message>
        <source>%1 %2：%3（%4）</source>
        <translation>%1 %2：%3（%4）</translation>
    </message>
    <message>
        <source>还没有记录的步骤。</source>
        <translation>还没有记录的步骤。</translation>
    </message>
</context>
<context>
    <name>casetrack::LongChange</name>
    <message>
        <source>另一项修改正在进行，请稍候再试。</source>
        <translation>另一项修改正在进行，请稍候再试。</translation>
    </message>
    <message>
        <source>正在修改</source>
        <translation>正在修改</translation>
    </message>
</context>
<context>
    <name>casetrack::MainWindow</name>
    <message>
        <source>CaseTrack 党纪处分程序跟踪</source>
        <translation>CaseTrack 党纪处分程序跟踪</translation>
    </message>
    <message>
        <source>导航</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>案件</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>节假日</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>审计</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>数据库：%1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>用户：%1（%2）</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>立即锁定(&amp;L)</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>案件(&amp;C)</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <source>新建案件(&amp;N)…</source>
        <translation>新建案件(&amp;N)…</translation>
    </message>
    <message>
        <source>查找案件(&amp;F)</source>
        <translation>查找案件(&amp;F)</translation>
    </message>
    <message>
        <source>记录下一步骤(&amp;R)…</source>
        <translation>记录下一步骤(&amp;R)…</translation>
    </message>
    <message>
        <source>重新计算(&amp;U)</source>
        <translation>重新计算(&amp;U)</translation>
    </message>
    <message>
        <source>查看(&amp;V)</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>关于 CaseTrack(&amp;A)</source>
        <translation>关于 CaseTrack(&amp;A)</translation>
    </message>
    <message>
        <source>没有超期或即将到期的期限。</source>
        <translation>没有超期或即将到期的期限。</translation>
    </message>
    <message>
        <source>%1 项期限已超期，%2 项即将到期。</source>
        <translation>%1 项期限已超期，%2 项即将到期。</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>期限即将到期</source>
        <translation>期限即将到期</translation>
    </message>
    <message>
        <source>修改我的密码(&amp;P)…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <source>密码已修改。</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>警告：测试用数据库（fast 密钥派生），不得存放真实案件</source>
        <translation>警告：测试用数据库（fast 密钥派生），不得存放真实案件</translation>
    </message>
    <message>
        <source>数据库无法完整读取</source>
        <translation>数据库无法完整读取</translation>
    </message>
    <message>
        <source>超期 %1 项 · 即将到期 %2 项</source>
        <translation>超期 %1 项 · 即将到期 %2 项</translation>
    </message>
    <message>
        <source>首页</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>统计</translation>
    </message>
</context>
<context>
    <name>casetrack::MaterialExportDialog</name>
    <message>
        <source>导出案件材料</source>
        <translation>导出案件材料</translation>
    </message>
    <message>
        <source>导出到</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>用途</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>必填，如：报送备案</source>
        <translation>必填，如：报送备案</translation>
    </message>
    <message>
        <source>接收方</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>必填，如：派出机构案件审理室</source>
        <translation>必填，如：派出机构案件审理室</translation>
    </message>
    <message>
        <source>材料：</source>
        <translation>材料：</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>导出到：</source>
        <translation>导出到：</translation>
    </message>
    <message>
        <source>用途：</source>
        <translation>用途：</translation>
    </message>
    <message>
        <source>接收方：</source>
        <translation>接收方：</translation>
    </message>
    <message>
        <source>导出前记入审计记录（用途和接收方）；导出的文件只有本账户可读。</source>
        <translation>导出前记入审计记录（用途和接收方）；导出的文件只有本账户可读。</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>casetrack::MaterialPicker</name>
    <message>
        <source>从案件材料选取…</source>
        <translation>从案件材料选取…</translation>
    </message>
    <message>
        <source>把本案已添加的材料列入“材料”</source>
        <translation>把本案已添加的材料列入“材料”</translation>
    </message>
</context>
<context>
    <name>casetrack::MaterialPickerDialog</name>
    <message>
        <source>从案件材料选取</source>
        <translation>从案件材料选取</translation>
    </message>
    <message>
        <source>案件材料</source>
        <translation>案件材料</translation>
    </message>
    <message>
        <source>%1（%2，%3）</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>本案尚无材料。可在案件页面的“案件材料”中添加。</source>
        <translation>本案尚无材料。可在案件页面的“案件材料”中添加。</translation>
    </message>
    <message>
        <source>勾选要列入的材料：</source>
        <translation>勾选要列入的材料：</translation>
    </message>
    <message>
        <source>列入</source>
        <translation>列入</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>casetrack::MaterialsPanel</name>
    <message>
        <source>案件材料</source>
        <translation>案件材料</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>添加人</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>添加…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>添加文件，或把文件拖到案件页面上（每份不超过 %1 MiB）</source>
        <translation>添加文件，或把文件拖到案件页面上（每份不超过 %1 MiB）</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>用系统的查看程序打开（临时副本只有本账户可读，锁定或退出时删除）</source>
        <translation>用系统的查看程序打开（临时副本只有本账户可读，锁定或退出时删除）</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>移除…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <source>尚无材料。可点“添加…”，或把文件拖到本页面上。</source>
        <translation>尚无材料。可点“添加…”，或把文件拖到本页面上。</translation>
    </message>
    <message>
        <source>您的角色（%1）不能移除材料；由案件承办人员或管理员移除。</source>
        <translation>您的角色（%1）不能移除材料；由案件承办人员或管理员移除。</translation>
    </message>
    <message>
        <source>已导出到 %1。</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>系统中没有能打开 %1 的查看程序。可用“导出…”保存后用其他程序查看。</source>
        <translation>系统中没有能打开 %1 的查看程序。可用“导出…”保存后用其他程序查看。</translation>
    </message>
</context>
<context>
    <name>casetrack::NewCaseDialog</name>
    <message>
        <source>新建案件</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <source>被审查调查人姓名</source>
        <translation>被审查调查人姓名</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>入党日期</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>被审查调查人</source>
        <translation>被审查调查人</translation>
    </message>
    <message>
        <source>姓名（必填）：</source>
        <translation>姓名（必填）：</translation>
    </message>
    <message>
        <source>性别：</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>民族：</source>
        <translation>民族：</translation>
    </message>
    <message>
        <source>出生日期：</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <source>入党日期：</source>
        <translation>入党日期：</translation>
    </message>
    <message>
        <source>单位：</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>职务：</source>
        <translation>职务：</translation>
    </message>
    <message>
        <source>立案机关</source>
        <translation>立案机关</translation>
    </message>
    <message>
        <source>派驻机构（纪检监察组）</source>
        <translation>派驻机构（纪检监察组）</translation>
    </message>
    <message>
        <source>地方纪委</source>
        <translation>地方纪委</translation>
    </message>
    <message>
        <source>任免由驻在单位党组会议讨论决定</source>
        <translation>任免由驻在单位党组会议讨论决定</translation>
    </message>
    <message>
        <source>是驻在单位党组管理的领导班子成员</source>
        <translation>是驻在单位党组管理的领导班子成员</translation>
    </message>
    <message>
        <source>领导班子成员的案件须移送派出机构审理（第六条）。</source>
        <translation>领导班子成员的案件须移送派出机构审理（第六条）。</translation>
    </message>
    <message>
        <source>是其他列入重点监督对象的党员</source>
        <translation>是其他列入重点监督对象的党员</translation>
    </message>
    <message>
        <source>重点监督对象的案件也须移送派出机构审理（第六条）。</source>
        <translation>重点监督对象的案件也须移送派出机构审理（第六条）。</translation>
    </message>
    <message>
        <source>是领导班子中的正职领导干部</source>
        <translation>是领导班子中的正职领导干部</translation>
    </message>
    <message>
        <source>正职领导干部的处分建议须先与派出机关有关部门沟通形成一致意见（第八条第二款）。</source>
        <translation>正职领导干部的处分建议须先与派出机关有关部门沟通形成一致意见（第八条第二款）。</translation>
    </message>
    <message>
        <source>是否向党中央或地方党委备案</source>
        <translation>是否向党中央或地方党委备案</translation>
    </message>
    <message>
        <source>不是备案的党员干部</source>
        <translation>不是备案的党员干部</translation>
    </message>
    <message>
        <source>向党中央备案</source>
        <translation>向党中央备案</translation>
    </message>
    <message>
        <source>向本级地方党委备案</source>
        <translation>向本级地方党委备案</translation>
    </message>
    <message>
        <source>备案的党员干部受处分后，须通报中央组织部或本级党委组织部门（第十一条第三款）。</source>
        <translation>备案的党员干部受处分后，须通报中央组织部或本级党委组织部门（第十一条第三款）。</translation>
    </message>
    <message>
        <source>党组织关系在地方，干部由主管部门党组管理</source>
        <translation>党组织关系在地方，干部由主管部门党组管理</translation>
    </message>
    <message>
        <source>适用第十二条：处分决定后须向地方党组织或主管部门党组通报。</source>
        <translation>适用第十二条：处分决定后须向地方党组织或主管部门党组通报。</translation>
    </message>
    <message>
        <source>同时是地方党委委员、候补委员或地方纪委委员</source>
        <translation>同时是地方党委委员、候补委员或地方纪委委员</translation>
    </message>
    <message>
        <source>由地方纪委作出处分决定（第十二条第二款）。</source>
        <translation>由地方纪委作出处分决定（第十二条第二款）。</translation>
    </message>
    <message>
        <source>重大、疑难、复杂案件</source>
        <translation>重大、疑难、复杂案件</translation>
    </message>
    <message>
        <source>可以商请派出机构提前介入审理（第六条第三款）。</source>
        <translation>可以商请派出机构提前介入审理（第六条第三款）。</translation>
    </message>
    <message>
        <source>决定适用程序的情况</source>
        <translation>决定适用程序的情况</translation>
    </message>
    <message>
        <source>立案机关：</source>
        <translation>立案机关：</translation>
    </message>
    <message>
        <source>备案情况：</source>
        <translation>备案情况：</translation>
    </message>
    <message>
        <source>同时记录立案</source>
        <translation>同时记录立案</translation>
    </message>
    <message>
        <source>立案日期</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <source>案件编号</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>可不填</source>
        <translation>可不填</translation>
    </message>
    <message>
        <source>立案（第五条）</source>
        <translation>立案（第五条）</translation>
    </message>
    <message>
        <source>立案日期：</source>
        <translation>立案日期：</translation>
    </message>
    <message>
        <source>案件编号：</source>
        <translation>案件编号：</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>按以上情况，本案适用：&lt;b&gt;%1&lt;/b&gt;（%2）</source>
        <translation>按以上情况，本案适用：&lt;b&gt;%1&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <source>请填写被审查调查人姓名。</source>
        <translation>请填写被审查调查人姓名。</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>本单位机关纪委（基层纪委）</source>
        <translation>本单位机关纪委（基层纪委）</translation>
    </message>
    <message>
        <source>属于驻在单位党组管理的人员</source>
        <translation>属于驻在单位党组管理的人员</translation>
    </message>
    <message>
        <source>不属于党组管理的人员不适用本规定（第三条、第四条），CaseTrack 不跟踪此类案件。</source>
        <translation>不属于党组管理的人员不适用本规定（第三条、第四条），CaseTrack 不跟踪此类案件。</translation>
    </message>
    <message>
        <source>任免经党组会议讨论决定的党员，只能由党组讨论决定处分（第四条第一款）。</source>
        <translation>任免经党组会议讨论决定的党员，只能由党组讨论决定处分（第四条第一款）。</translation>
    </message>
    <message>
        <source>处分决定方式</source>
        <translation>处分决定方式</translation>
    </message>
    <message>
        <source>党组讨论决定（第四条第一款）</source>
        <translation>党组讨论决定（第四条第一款）</translation>
    </message>
    <message>
        <source>基层纪委审查批准或基层党委审议批准（第四条第二款）</source>
        <translation>基层纪委审查批准或基层党委审议批准（第四条第二款）</translation>
    </message>
    <message>
        <source>任免不经党组会议讨论决定的党员，其处分也可以由基层纪委审查批准或基层党委审议批准（第四条第二款“也可以”）：这是可选的，党组仍可讨论决定。开除党籍的，还须报党组会议审议批准。</source>
        <translation>任免不经党组会议讨论决定的党员，其处分也可以由基层纪委审查批准或基层党委审议批准（第四条第二款“也可以”）：这是可选的，党组仍可讨论决定。开除党籍的，还须报党组会议审议批准。</translation>
    </message>
    <message>
        <source>派驻机构立案的，须向所在单位党组主要负责人通报（第五条）；地方纪委立案适用第十二条；本单位机关纪委（基层纪委）也可以立案。</source>
        <translation>派驻机构立案的，须向所在单位党组主要负责人通报（第五条）；地方纪委立案适用第十二条；本单位机关纪委（基层纪委）也可以立案。</translation>
    </message>
    <message>
        <source>处分决定方式：</source>
        <translation>处分决定方式：</translation>
    </message>
    <message>
        <source>机构（可不选：使用各类别的默认机构）</source>
        <translation>机构（可不选：使用各类别的默认机构）</translation>
    </message>
    <message>
        <source>（未指定）</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <source>默认：%1</source>
        <translation>默认：%1</translation>
    </message>
    <message>
        <source>%1：</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>正职领导干部同时视为领导班子成员，按领导班子成员办理（第六条、第八条第二款）。</source>
        <translation>正职领导干部同时视为领导班子成员，按领导班子成员办理（第六条、第八条第二款）。</translation>
    </message>
</context>
<context>
    <name>casetrack::OrganizationDialog</name>
    <message>
        <source>添加机构</source>
        <translation>添加机构</translation>
    </message>
    <message>
        <source>编辑机构</source>
        <translation>编辑机构</translation>
    </message>
    <message>
        <source>机构类别</source>
        <translation>机构类别</translation>
    </message>
    <message>
        <source>机构全称</source>
        <translation>机构全称</translation>
    </message>
    <message>
        <source>如：中共某某市财政局党组</source>
        <translation>如：中共某某市财政局党组</translation>
    </message>
    <message>
        <source>发文机关标志</source>
        <translation>发文机关标志</translation>
    </message>
    <message>
        <source>如：市财政局党组（可不填，用全称）</source>
        <translation>如：市财政局党组（可不填，用全称）</translation>
    </message>
    <message>
        <source>发文字号前缀</source>
        <translation>发文字号前缀</translation>
    </message>
    <message>
        <source>如：财党，文号为 财党〔2026〕3号</source>
        <translation>如：财党，文号为 财党〔2026〕3号</translation>
    </message>
    <message>
        <source>印发机关</source>
        <translation>印发机关</translation>
    </message>
    <message>
        <source>可不填</source>
        <translation>可不填</translation>
    </message>
    <message>
        <source>作为此类别的默认机构（未指定机构的案件使用它）</source>
        <translation>作为此类别的默认机构（未指定机构的案件使用它）</translation>
    </message>
    <message>
        <source>类别：</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>全称（必填）：</source>
        <translation>全称（必填）：</translation>
    </message>
    <message>
        <source>发文机关标志：</source>
        <translation>发文机关标志：</translation>
    </message>
    <message>
        <source>发文字号前缀：</source>
        <translation>发文字号前缀：</translation>
    </message>
    <message>
        <source>印发机关：</source>
        <translation>印发机关：</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>casetrack::OrganizationsPanel</name>
    <message>
        <source>发文和收文机构（修改记入审计）</source>
        <translation>发文和收文机构（修改记入审计）</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>全称</source>
        <translation>全称</translation>
    </message>
    <message>
        <source>发文机关标志</source>
        <translation>发文机关标志</translation>
    </message>
    <message>
        <source>发文字号前缀</source>
        <translation>发文字号前缀</translation>
    </message>
    <message>
        <source>印发机关</source>
        <translation>印发机关</translation>
    </message>
    <message>
        <source>默认</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>添加机构…</source>
        <translation>添加机构…</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>案件可以为各类机构指定其中之一；未指定的，文书使用该类别的默认机构。文书需要的机构尚未登记时，不能打印。</source>
        <translation>案件可以为各类机构指定其中之一；未指定的，文书使用该类别的默认机构。文书需要的机构尚未登记时，不能打印。</translation>
    </message>
    <message>
        <source>只有可以修改数据库设置的角色（管理员）能登记和编辑机构。</source>
        <translation>只有可以修改数据库设置的角色（管理员）能登记和编辑机构。</translation>
    </message>
    <message>
        <source>尚未登记机构：文书需要的机构须先在此登记。</source>
        <translation>尚未登记机构：文书需要的机构须先在此登记。</translation>
    </message>
    <message>
        <source>已登记机构。</source>
        <translation>已登记机构。</translation>
    </message>
    <message>
        <source>已保存机构。</source>
        <translation>已保存机构。</translation>
    </message>
</context>
<context>
    <name>casetrack::PrintDocumentDialog</name>
    <message>
        <source>打印文书 — %1</source>
        <translation>打印文书 — %1</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>用途</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>必填，如：报送备案</source>
        <translation>必填，如：报送备案</translation>
    </message>
    <message>
        <source>接收方</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>必填，如：中央组织部干部监督局</source>
        <translation>必填，如：中央组织部干部监督局</translation>
    </message>
    <message>
        <source>用途和接收方</source>
        <translation>用途和接收方</translation>
    </message>
    <message>
        <source>依照数据共享规定第二十五条、第二十九条，打印或导出案件信息须写明用途和接收方，并记入审计日志。</source>
        <translation>依照数据共享规定第二十五条、第二十九条，打印或导出案件信息须写明用途和接收方，并记入审计日志。</translation>
    </message>
    <message>
        <source>用途：</source>
        <translation>用途：</translation>
    </message>
    <message>
        <source>接收方：</source>
        <translation>接收方：</translation>
    </message>
    <message>
        <source>文书信息…</source>
        <translation>文书信息…</translation>
    </message>
    <message>
        <source>违纪事实、处分依据、发文序号、主送、抄送和宣布记录</source>
        <translation>违纪事实、处分依据、发文序号、主送、抄送和宣布记录</translation>
    </message>
    <message>
        <source>打印预览…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>另存为 ODT…</source>
        <translation>另存为 ODT…</translation>
    </message>
    <message>
        <source>可在 WPS 或 LibreOffice 中编辑；仅用于决定、通报和函。</source>
        <translation>可在 WPS 或 LibreOffice 中编辑；仅用于决定、通报和函。</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>保存文书</source>
        <translation>保存文书</translation>
    </message>
    <message>
        <source>可打印，可另存为 PDF 或 ODT</source>
        <translation>可打印，可另存为 PDF 或 ODT</translation>
    </message>
    <message>
        <source>可打印，可另存为 PDF</source>
        <translation>可打印，可另存为 PDF</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>已保存 %1（%2 页）。</source>
        <translation>已保存 %1（%2 页）。</translation>
    </message>
    <message>
        <source>已保存 %1。</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>替代字体：%1</source>
        <translation>替代字体：%1</translation>
    </message>
    <message>
        <source>；</source>
        <translation>；</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>ODT 文档 (*.odt)</source>
        <translation>ODT 文档 (*.odt)</translation>
    </message>
    <message>
        <source>无法开始打印。</source>
        <translation>无法开始打印。</translation>
    </message>
    <message>
        <source>已送打印：%1，共 %2 页。</source>
        <translation>已送打印：%1，共 %2 页。</translation>
    </message>
    <message>
        <source>打印 %1</source>
        <translation>打印 %1</translation>
    </message>
    <message>
        <source>本机未安装国家标准规定的部分字体，将以替代字体排版。%1</source>
        <translation>本机未安装国家标准规定的部分字体，将以替代字体排版。%1</translation>
    </message>
    <message>
        <source>另存为 DOCX…</source>
        <translation>另存为 DOCX…</translation>
    </message>
    <message>
        <source>可在 Word 或 WPS 中编辑；仅用于决定、通报和函。</source>
        <translation>可在 Word 或 WPS 中编辑；仅用于决定、通报和函。</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>打印未能完成：%1。请检查打印机后重试。</source>
        <translation>打印未能完成：%1。请检查打印机后重试。</translation>
    </message>
</context>
<context>
    <name>casetrack::ProcedureStepper</name>
    <message>
        <source>程序进度</source>
        <translation>程序进度</translation>
    </message>
    <message>
        <source>%1或%2</source>
        <translation>%1或%2</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>当前可记录</source>
        <translation>当前可记录</translation>
    </message>
    <message>
        <source>暂不能记录</source>
        <translation>暂不能记录</translation>
    </message>
    <message>
        <source>尚未进行</source>
        <translation>尚未进行</translation>
    </message>
    <message>
        <source>已完成：%1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>当前可记录（“下一步”中的按钮）</source>
        <translation>当前可记录（“下一步”中的按钮）</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>依据：%1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>第%1步，%2：%3</source>
        <translation>第%1步，%2：%3</translation>
    </message>
</context>
<context>
    <name>casetrack::RecusalEditor</name>
    <message>
        <source>回避人员</source>
        <translation>回避人员</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>回避理由</source>
        <translation>回避理由</translation>
    </message>
    <message>
        <source>添加回避人员</source>
        <translation>添加回避人员</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>删除所选</translation>
    </message>
</context>
<context>
    <name>casetrack::RemoveMaterialDialog</name>
    <message>
        <source>移除案件材料</source>
        <translation>移除案件材料</translation>
    </message>
    <message>
        <source>移除“%1”（%2）？</source>
        <translation>移除“%1”（%2）？</translation>
    </message>
    <message>
        <source>移除后材料不再列出，也不能打开或导出；移除本身连同理由记入审计记录，文件仍保存在数据库中，不会被删除。</source>
        <translation>移除后材料不再列出，也不能打开或导出；移除本身连同理由记入审计记录，文件仍保存在数据库中，不会被删除。</translation>
    </message>
    <message>
        <source>移除理由</source>
        <translation>移除理由</translation>
    </message>
    <message>
        <source>必填，如：误传了其他案件的文件</source>
        <translation>必填，如：误传了其他案件的文件</translation>
    </message>
    <message>
        <source>理由：</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>移除</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>casetrack::SettingsPage</name>
    <message>
        <source> 分钟</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>无操作自动锁定时间</source>
        <translation>无操作自动锁定时间</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>跟随系统</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>期限提醒提前天数</source>
        <translation>期限提醒提前天数</translation>
    </message>
    <message>
        <source>严格计算：期限最后一天为节假日时不顺延</source>
        <translation>严格计算：期限最后一天为节假日时不顺延</translation>
    </message>
    <message>
        <source>本机设置</source>
        <translation>本机设置</translation>
    </message>
    <message>
        <source>无操作自动锁定：</source>
        <translation>无操作自动锁定：</translation>
    </message>
    <message>
        <source>界面语言（重新启动后生效）：</source>
        <translation>界面语言（重新启动后生效）：</translation>
    </message>
    <message>
        <source>数据库设置（所有用户共用，修改记入审计）</source>
        <translation>数据库设置（所有用户共用，修改记入审计）</translation>
    </message>
    <message>
        <source>到期前提醒：</source>
        <translation>到期前提醒：</translation>
    </message>
    <message>
        <source>默认按《民法典》第二百零一条至第二百零三条的方法计算期限：开始当日不计入，最后一日为法定节假日或休息日的，顺延至其后第一个工作日。</source>
        <translation>默认按《民法典》第二百零一条至第二百零三条的方法计算期限：开始当日不计入，最后一日为法定节假日或休息日的，顺延至其后第一个工作日。</translation>
    </message>
    <message>
        <source>保存设置</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>设置已保存。</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>文书：</source>
        <translation>文书：</translation>
    </message>
    <message>
        <source>全体用户的自动锁定时间上限</source>
        <translation>全体用户的自动锁定时间上限</translation>
    </message>
    <message>
        <source>自动锁定上限（每位用户可设得更短）：</source>
        <translation>自动锁定上限（每位用户可设得更短）：</translation>
    </message>
    <message>
        <source>正在按新的设置重新计算每个案件的期限…</source>
        <translation>正在按新的设置重新计算每个案件的期限…</translation>
    </message>
</context>
<context>
    <name>casetrack::StatisticsPage</name>
    <message>
        <source>年度</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>全部年度</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>年度(&amp;Y)：</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>重新统计</source>
        <translation>重新统计</translation>
    </message>
    <message>
        <source>按阶段</source>
        <translation>按阶段</translation>
    </message>
    <message>
        <source>按程序</source>
        <translation>按程序</translation>
    </message>
    <message>
        <source>按处分</source>
        <translation>按处分</translation>
    </message>
    <message>
        <source>按单位</source>
        <translation>按单位</translation>
    </message>
    <message>
        <source>期限遵守</source>
        <translation>期限遵守</translation>
    </message>
    <message>
        <source>办理用时</source>
        <translation>办理用时</translation>
    </message>
    <message>
        <source>显示本页时统计全部案件。</source>
        <translation>显示本页时统计全部案件。</translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>统计已取消。</source>
        <translation>统计已取消。</translation>
    </message>
    <message>
        <source>截至 %1，共 %2 件案件。</source>
        <translation>截至 %1，共 %2 件案件。</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>无法写入图片 %1。请检查文件夹是否可写、磁盘是否已满。</source>
        <translation>无法写入图片 %1。请检查文件夹是否可写、磁盘是否已满。</translation>
    </message>
</context>
<context>
    <name>casetrack::StepDialog</name>
    <message>
        <source>记录：%1</source>
        <translation>记录：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;（%2）</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <source>案件：%1</source>
        <translation>案件：%1</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>未知的步骤。</source>
        <translation>未知的步骤。</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>casetrack::StepFieldsEditor</name>
    <message>
        <source>发生日期</source>
        <translation>发生日期</translation>
    </message>
    <message>
        <source>步骤实际发生的日期（不是录入的日期），不能晚于今天。</source>
        <translation>步骤实际发生的日期（不是录入的日期），不能晚于今天。</translation>
    </message>
    <message>
        <source>发生日期：</source>
        <translation>发生日期：</translation>
    </message>
    <message>
        <source>每行一项</source>
        <translation>每行一项</translation>
    </message>
    <message>
        <source>（不填）</source>
        <translation>（不填）</translation>
    </message>
    <message>
        <source>%1（必填）：</source>
        <translation>%1（必填）：</translation>
    </message>
    <message>
        <source>%1：</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>请填写应到人数。</source>
        <translation>请填写应到人数。</translation>
    </message>
    <message>
        <source>实到人数不能多于应到人数。</source>
        <translation>实到人数不能多于应到人数。</translation>
    </message>
    <message>
        <source>同意人数不能多于实到人数。</source>
        <translation>同意人数不能多于实到人数。</translation>
    </message>
    <message>
        <source>符合要求。</source>
        <translation>符合要求。</translation>
    </message>
    <message>
        <source>不符合要求：不得由个人或少数人决定。</source>
        <translation>不符合要求：不得由个人或少数人决定。</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>应到 %1 人：实到须至少 %2 人，同意须至少 %3 人（%4）。</source>
        <translation>应到 %1 人：实到须至少 %2 人，同意须至少 %3 人（%4）。</translation>
    </message>
    <message>
        <source>应到 %1 人：实到须至少 %2 人（%3）。</source>
        <translation>应到 %1 人：实到须至少 %2 人（%3）。</translation>
    </message>
    <message>
        <source>回避的成员计入应到人数、不计入实到人数：实到 %1 人加回避 %2 人多于应到人数。</source>
        <translation>回避的成员计入应到人数、不计入实到人数：实到 %1 人加回避 %2 人多于应到人数。</translation>
    </message>
</context>
<context>
    <name>casetrack::TimelineModel</name>
    <message>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>撤销第 %1 条记录。理由：%2</source>
        <translation>撤销第 %1 条记录。理由：%2</translation>
    </message>
    <message>
        <source>日期改为 %1</source>
        <translation>日期改为 %1</translation>
    </message>
    <message>
        <source>更正第 %1 条记录：%2。理由：%3</source>
        <translation>更正第 %1 条记录：%2。理由：%3</translation>
    </message>
    <message>
        <source>%1（已撤销）</source>
        <translation>%1（已撤销）</translation>
    </message>
    <message>
        <source>%1（已更正）</source>
        <translation>%1（已更正）</translation>
    </message>
    <message>
        <source>%1，%2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>步骤</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>记录人</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>；</source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>casetrack::UnlockDialog</name>
    <message>
        <source>解锁 CaseTrack</source>
        <translation>解锁 CaseTrack</translation>
    </message>
    <message>
        <source>打开其他数据库…</source>
        <translation>打开其他数据库…</translation>
    </message>
    <message>
        <source>新建数据库…</source>
        <translation>新建数据库…</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>数据库：</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>用户：</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>密码：</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>找不到数据库文件 %1。请打开其他数据库，或新建一个。</source>
        <translation>找不到数据库文件 %1。请打开其他数据库，或新建一个。</translation>
    </message>
    <message>
        <source>请选择或输入用户名。</source>
        <translation>请选择或输入用户名。</translation>
    </message>
    <message>
        <source>正在解锁…</source>
        <translation>正在解锁…</translation>
    </message>
    <message>
        <source>打开数据库</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>CaseTrack 数据库 (*.db);;所有文件 (*)</source>
        <translation>CaseTrack 数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>忘记了所有密码：用恢复单上的恢复密钥解锁</source>
        <translation>忘记了所有密码：用恢复单上的恢复密钥解锁</translation>
    </message>
    <message>
        <source>恢复密钥</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>64 位，如 1A2B3C4D 5E6F…，空格和连字符可有可无</source>
        <translation>64 位，如 1A2B3C4D 5E6F…，空格和连字符可有可无</translation>
    </message>
    <message>
        <source>恢复密钥：</source>
        <translation>恢复密钥：</translation>
    </message>
    <message>
        <source>恢复密钥以第一位在用的管理员身份解锁，只能用来重设密码（在“用户”页）。</source>
        <translation>恢复密钥以第一位在用的管理员身份解锁，只能用来重设密码（在“用户”页）。</translation>
    </message>
</context>
<context>
    <name>casetrack::UsersModel</name>
    <message>
        <source>启用</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>创建日期</source>
        <translation>创建日期</translation>
    </message>
</context>
<context>
    <name>casetrack::UsersPage</name>
    <message>
        <source>用户列表</source>
        <translation>用户列表</translation>
    </message>
    <message>
        <source>添加用户…</source>
        <translation>添加用户…</translation>
    </message>
    <message>
        <source>重设密码…</source>
        <translation>重设密码…</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>重新启用</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>已添加用户 %1。</source>
        <translation>已添加用户 %1。</translation>
    </message>
    <message>
        <source>请先选择一个用户。</source>
        <translation>请先选择一个用户。</translation>
    </message>
    <message>
        <source>已重设 %1 的密码。</source>
        <translation>已重设 %1 的密码。</translation>
    </message>
    <message>
        <source>已重新启用 %1。</source>
        <translation>已重新启用 %1。</translation>
    </message>
    <message>
        <source>重新加密…</source>
        <translation>重新加密…</translation>
    </message>
    <message>
        <source>已停用 %1。该账户曾经得到的数据库密钥仍能解密文件：请点“重新加密…”。</source>
        <translation>已停用 %1。该账户曾经得到的数据库密钥仍能解密文件：请点“重新加密…”。</translation>
    </message>
</context>
<context>
    <name>casetrack::WizardAdminPage</name>
    <message>
        <source>管理员</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>管理员可以添加其他用户。每个人用自己的密码解锁，没有共用密码。</source>
        <translation>管理员可以添加其他用户。每个人用自己的密码解锁，没有共用密码。</translation>
    </message>
    <message>
        <source>管理员姓名：</source>
        <translation>管理员姓名：</translation>
    </message>
    <message>
        <source>密码：</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>再次输入密码：</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>密码强度</source>
        <translation>密码强度</translation>
    </message>
    <message>
        <source>密码强度：</source>
        <translation>密码强度：</translation>
    </message>
    <message>
        <source>忘记密码时，只能由管理员重设，或用下一步的恢复密钥。</source>
        <translation>忘记密码时，只能由管理员重设，或用下一步的恢复密钥。</translation>
    </message>
    <message>
        <source>无法创建数据库</source>
        <translation>无法创建数据库</translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation>两次输入的密码不一致</translation>
    </message>
</context>
<context>
    <name>casetrack::WizardLocationPage</name>
    <message>
        <source>数据库位置</source>
        <translation>数据库位置</translation>
    </message>
    <message>
        <source>案件保存在一个加密的数据库文件中。通常使用默认位置即可。</source>
        <translation>案件保存在一个加密的数据库文件中。通常使用默认位置即可。</translation>
    </message>
    <message>
        <source>选择位置…</source>
        <translation>选择位置…</translation>
    </message>
    <message>
        <source>数据库文件：</source>
        <translation>数据库文件：</translation>
    </message>
    <message>
        <source>没有密码无法读取此文件。请把它放在定期备份的位置；不要放在共享文件夹中。</source>
        <translation>没有密码无法读取此文件。请把它放在定期备份的位置；不要放在共享文件夹中。</translation>
    </message>
    <message>
        <source>新数据库的位置</source>
        <translation>新数据库的位置</translation>
    </message>
    <message>
        <source>CaseTrack 数据库 (*.db)</source>
        <translation>CaseTrack 数据库 (*.db)</translation>
    </message>
    <message>
        <source>文件已存在</source>
        <translation>文件已存在</translation>
    </message>
    <message>
        <source>%1 已经存在。请选择其他位置，或取消后用解锁窗口打开它。</source>
        <translation>%1 已经存在。请选择其他位置，或取消后用解锁窗口打开它。</translation>
    </message>
    <message>
        <source>无法创建文件夹</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <source>无法创建文件夹 %1。</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>casetrack::WizardOrgansPage</name>
    <message>
        <source>本单位的机构</source>
        <translation>本单位的机构</translation>
    </message>
    <message>
        <source>文书以这些机构的名义印发。可以现在填写，也可以以后在“设置 → 发文和收文机构”中登记。</source>
        <translation>文书以这些机构的名义印发。可以现在填写，也可以以后在“设置 → 发文和收文机构”中登记。</translation>
    </message>
    <message>
        <source>如：中共某某市财政局党组</source>
        <translation>如：中共某某市财政局党组</translation>
    </message>
    <message>
        <source>如：财党</source>
        <translation>如：财党</translation>
    </message>
    <message>
        <source>如：中共某某市纪委监委驻市财政局纪检监察组</source>
        <translation>如：中共某某市纪委监委驻市财政局纪检监察组</translation>
    </message>
    <message>
        <source>如：驻财纪</source>
        <translation>如：驻财纪</translation>
    </message>
    <message>
        <source>驻在单位党组全称：</source>
        <translation>驻在单位党组全称：</translation>
    </message>
    <message>
        <source>党组发文字号前缀：</source>
        <translation>党组发文字号前缀：</translation>
    </message>
    <message>
        <source>派驻机构全称：</source>
        <translation>派驻机构全称：</translation>
    </message>
    <message>
        <source>派驻机构发文字号前缀：</source>
        <translation>派驻机构发文字号前缀：</translation>
    </message>
</context>
<context>
    <name>casetrack::WizardRecoveryPage</name>
    <message>
        <source>恢复单</source>
        <translation>恢复单</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>持有恢复密钥的人可以读取全部案件。请放入保密柜，不要拍照或存放在联网计算机上。</source>
        <translation>持有恢复密钥的人可以读取全部案件。请放入保密柜，不要拍照或存放在联网计算机上。</translation>
    </message>
    <message>
        <source>所有密码都遗失时，恢复密钥是打开数据库的唯一办法。请现在打印或抄写。</source>
        <translation>所有密码都遗失时，恢复密钥是打开数据库的唯一办法。请现在打印或抄写。</translation>
    </message>
    <message>
        <source>我已打印或抄写恢复单，并会妥善保管</source>
        <translation>我已打印或抄写恢复单，并会妥善保管</translation>
    </message>
    <message>
        <source>未能记入审计记录</source>
        <translation>未能记入审计记录</translation>
    </message>
    <message>
        <source>恢复单已打印，但打印未能记入审计记录：%1</source>
        <translation>恢复单已打印，但打印未能记入审计记录：%1</translation>
    </message>
</context>
<context>
    <name>casetrack::YearView</name>
    <message>
        <source>全年日历</source>
        <translation>全年日历</translation>
    </message>
    <message>
        <source>班</source>
        <translation>班</translation>
    </message>
    <message>
        <source>休</source>
        <translation>休</translation>
    </message>
    <message>
        <source>一</source>
        <translation>一</translation>
    </message>
    <message>
        <source>二</source>
        <translation>二</translation>
    </message>
    <message>
        <source>三</source>
        <translation>三</translation>
    </message>
    <message>
        <source>四</source>
        <translation>四</translation>
    </message>
    <message>
        <source>五</source>
        <translation>五</translation>
    </message>
    <message>
        <source>六</source>
        <translation>六</translation>
    </message>
    <message>
        <source>日</source>
        <translation>日</translation>
    </message>
</context>
</TS>
