# 党纪处分备案表 (第十一条: 生效之日起90日内报派出机构备案)
@title 党纪处分备案表
@plain 报送单位：{{unit.grassroots_commission}}　　填报日期：{{doc.date_text}}
@table 4,5,3,5
| 姓名 | {{subject.name}} | 性别 | {{subject.gender}} |
| 民族 | {{subject.ethnicity}} | 出生年月 | {{subject.birth_date}} |
| 入党时间 | {{subject.party_join_date}} | 立案时间 | {{case.filed_on}} |
| 工作单位及职务 | {{subject.unit}}{{subject.position}} |
| 处分决定机关 | {{decision.decided_by}} | 决定日期 | {{decision.decided_on}} |
| 处分种类 | {{decision.sanction}} | 生效日期 | {{decision.effective_on}} |
| 决定程序 | {{decision.procedure}}。{{decision.votes}} |
| 主要违纪事实 | {{facts.text}} |
| 处分依据 | {{decision.basis}} |
| 备案材料 | {{filing.materials}} |
| 报送日期 | {{filing.filed_on}} | 备案期限 | {{deadline.record_filing}}前（第十一条） |
| 接收单位 | {{unit.dispatched_body}} |
| 审核意见 | |
@end
