<#-- META-INF/THIRD-PARTY.txt of aliyun-mock-contract-tests: one line per library the runner jar
     bundles, "(licence) name (groupId:artifactId:version - url)", as the license-maven-plugin finds
     them (dependencyMap), and then the libraries whose POM it cannot read a licence from (below).
     Maven filters @…@ before the plugin reads this template. -->
<#assign unreadable = [
  "(The Apache License, Version 2.0) aliyun-java-sdk-vpc (com.aliyun:aliyun-java-sdk-vpc:@aliyun-sdk-vpc.version@ - https://github.com/aliyun/aliyun-openapi-java-sdk)"
]>
The libraries the runner jar bundles (${dependencyMap?size + unreadable?size}), with their licences:
<#list dependencyMap as e>
<#assign p = e.getKey()>
   <#list e.getValue() as licence> (${licence})</#list> ${p.name} (${p.groupId}:${p.artifactId}:${p.version} - ${p.url!"no url defined"})
</#list>
<#list unreadable as line>
    ${line}
</#list>
