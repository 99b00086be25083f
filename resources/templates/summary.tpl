# 案件摘要
@title 案件摘要
@plain 案件编号：{{case.id}}　　统计日期：{{case.as_of}}
@h1 一、基本情况
@p {{subject.profile}}
@p 立案机关：{{case.filing_body}}；立案时间：{{case.filed_on}}。
@h1 二、适用程序和当前阶段
@p 适用程序：{{case.track}}（{{case.track_article}}）。当前阶段：{{case.stage}}，{{case.status}}。
@h1 三、违纪事实
@paragraphs facts
@h1 四、办理经过
@table 6,6,7,3 header=1
| 日期 | 步骤 | 内容 | 依据 |
@rows timeline
@end
@h1 五、处分决定
@p {{decision.summary}}
@h1 六、期限
@table 4,6,6,3,4 header=1
| 期限 | 起算日 | 届满日 | 状态 | 依据 |
@rows deadlines
@end
@h1 七、处分影响期
@table 5,6,6,5 header=1
| 影响期 | 起 | 止 | 依据 |
@rows periods
@end
