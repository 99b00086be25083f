# 通报中央组织部或本级党委组织部门 (第十一条第三款): recipient by subject.filed_with, signed by the body that decided
@number {{doc.number}}
@title 关于给予{{subject.name}}同志党纪处分的通报
@to {{org_department.recipient}}
@p {{decision.procedure}}，给予{{subject.unit}}{{subject.position}}{{subject.name}}同志{{decision.sanction}}处分，该决定自{{decision.effective_on}}起生效。
@p 根据《党组讨论和决定党员处分事项工作程序规定》第十一条第三款，现将党纪处分决定通报你部。
@blank
@p 附件：党纪处分决定
@signature {{doc.signature}}
@date {{doc.date}}
@cc {{doc.cc}}
