# 报请派出机关研究决定的请示 (第八条: 党组与派驻机构对处分建议不能协商一致的，由派驻机构报派出机关研究决定)
@number {{doc.number}}
@title 关于{{subject.name}}同志党纪处分问题的请示
@to {{unit.dispatching_organ}}
@p {{subject.profile}}
@p {{unit.stationed_body}}对{{subject.name}}同志违纪问题立案审查调查后，提出给予{{subject.name}}同志{{suggestion.sanction}}处分的建议，并通报{{unit.party_group}}。{{unit.party_group}}于{{disagreement.date}}提出不同意见，认为应给予{{disagreement.sanction}}处分。经沟通，双方未能协商一致。
@p 根据《党组讨论和决定党员处分事项工作程序规定》第八条，现报请{{unit.dispatching_organ}}研究决定。
@p 妥否，请批示。
@signature {{signature.stationed_body}}
@date {{doc.date}}
@cc {{doc.cc}}
