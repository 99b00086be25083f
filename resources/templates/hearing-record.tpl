# 听取本人陈述和申辩记录 (党章第四十三条: 处分所依据的事实材料同本人见面，听取本人说明情况和申辩)
@title 听取本人陈述和申辩记录
@table 3,5,3,5
| 被审查调查人 | {{subject.name}} | 工作单位及职务 | {{subject.unit}}{{subject.position}} |
| 时间 | {{hearing.date}} | 地点 | |
| 听取人 | | 记录人 | |
| 拟处分意见 | 给予{{subject.name}}同志{{suggestion.sanction}}处分 |
| 本人陈述和申辩 | {{hearing.statement}} |
| 对事实材料的意见 | {{hearing.accepted_facts}} |
| 本人签字 | | 听取人签字 | |
@end
