workspace "Plataforma de análise proteômica na AWS" "Modelo C4 da arquitetura AWS (região sa-east-1) de uma aplicação web que analisa dados de espectrometria de massa para caracterizar proteínas: front-end Django e API FastAPI no Amazon EKS, Aurora PostgreSQL, upload direto ao Amazon S3, análises sob demanda com AWS Step Functions e AWS Batch e entrega contínua só com ferramentas AWS." {

    !adrs docs/adrs

    model {

        # ------------------------------------------------------------------
        # Pessoas e sistemas externos
        # ------------------------------------------------------------------
        researcher = person "Pesquisador" "Cientista que cria amostras, envia pelo navegador um arquivo de espectrometria de massa por proteína, solicita análises e consulta os resultados por até 5 anos."
        operator = person "Operador da plataforma" "Engenheiro DevOps/SRE: entra nas contas só pelo IAM Identity Center, acompanha SLOs e alarmes, aprova promoções para produção e responde a incidentes."
        developer = person "Desenvolvedor" "Escreve o código Django, FastAPI e do job de análise, os manifestos Kustomize e o CDK; todo merge na main passa por pull request revisado."

        corporateIdp = softwareSystem "IdP corporativo" "Provedor de identidade da instituição (ex.: Microsoft Entra ID ou Google Workspace), federado ao Cognito por SAML 2.0 ou OIDC; fonte única de contas, grupos e desligamentos." {
            tags "Externo"
        }

        # ------------------------------------------------------------------
        # Plataforma de análise proteômica
        # ------------------------------------------------------------------
        platform = softwareSystem "Plataforma de análise proteômica" "Aplicação web multiusuário que recebe arquivos de espectrometria de massa (um por proteína), executa análises sob demanda e guarda resultados consultáveis por 5 anos, toda em sa-east-1 por causa da LGPD." {

            cdn = container "CDN e ativos estáticos" "CloudFront (PriceClass_All, HTTP/3, TLSv1.2_2025) na frente do ALB; /static/* sai de um bucket S3 privado via OAC; protegido por AWS WAF e Shield Standard." "Amazon CloudFront + Amazon S3" {
                properties {
                    "aws.service" "Amazon CloudFront"
                    "cdk.construct" "Proteomics-Edge/Distribution"
                    "requirements" "R07,R08,R10"
                }
            }

            identity = container "Identidade de usuários" "User pool no plano Plus com MFA obrigatório (TOTP) e login pelo managed login no domínio do user pool, federação SAML 2.0/OIDC com o IdP corporativo e authorization code + PKCE; emite JWT de 60 min." "Amazon Cognito (user pool)" {
                properties {
                    "aws.service" "Amazon Cognito"
                    "cdk.construct" "Proteomics-Identity/UserPool, Proteomics-Identity/ManagedLoginBranding"
                    "requirements" "R07,R10"
                }
            }

            web = container "Front-end web" "Django que renderiza as páginas e guarda a sessão; o navegador envia os arquivos direto ao S3, então o Django nunca recebe o conteúdo. 3–20 pods (HPA)." "Python 3.12 / Django 5.2 / Gunicorn" {
                tags "Nosso código"
                properties {
                    "requirements" "R01,R03,R05,R07"
                    "k8s.deployment" "web"
                }
            }

            api = container "API controladora" "FastAPI que cria amostras e análises, assina URLs de multipart (15 min), conclui uploads e chama StartExecution (nome = id da análise). 3–30 pods, EKS Pod Identity." "Python 3.12 / FastAPI / Uvicorn" {
                tags "Nosso código"
                properties {
                    "requirements" "R02,R03,R05,R06,R14"
                    "k8s.deployment" "api"
                }
            }

            statusConsumer = container "Consumidor de status" "Worker que consome os eventos de status da fila SQS, atualiza análise e proteína no banco de forma idempotente e pede o e-mail; 3–10 réplicas (HPA por CPU; alarme na idade da mensagem mais antiga da fila)." "Python 3.12 / boto3 (Deployment no EKS)" {
                tags "Nosso código"
                properties {
                    "requirements" "R03,R12,R14"
                    "k8s.deployment" "status-consumer"
                }
            }

            dbProxy = container "Proxy do banco" "RDS Proxy com TLS obrigatório e autenticação IAM de ponta a ponta (pod → proxy → Aurora, um usuário de banco por workload e um para o Job de migração, nenhuma senha de aplicação): agrupa as conexões de centenas de pods e mantém as sessões durante o failover do Aurora." "Amazon RDS Proxy" {
                properties {
                    "aws.service" "Amazon RDS Proxy"
                    "cdk.construct" "Proteomics-Data/DatabaseProxy"
                    "requirements" "R04,R07,R08"
                }
            }

            database = container "Banco relacional" "Usuários, amostras, proteínas, análises e status: o registro oficial (o histórico do Step Functions dura só 90 dias). Writer e reader em AZs diferentes, PITR de 35 dias, KMS; grupo de parâmetros próprio com TLS obrigatório (rds.force_ssl) e pg_cron para o job de retenção; CloudWatch Database Insights." "Amazon Aurora PostgreSQL 16" {
                tags "Banco de dados"
                properties {
                    "aws.service" "Amazon Aurora"
                    "cdk.construct" "Proteomics-Data/Database"
                    "requirements" "R04,R06,R08,R15"
                }
            }

            inputBucket = container "Bucket de arquivos de entrada" "S3 privado, SSE-KMS, versionado, CORS só da origem do site (expõe ETag). Lifecycle: S3 Intelligent-Tiering desde o dia 0, expira em 365 dias, versões antigas em 7 dias, multipart incompleto abortado em 7 dias." "Amazon S3" {
                tags "Bucket"
                properties {
                    "aws.service" "Amazon S3"
                    "cdk.construct" "Proteomics-Data/InputBucket"
                    "requirements" "R05,R11"
                }
            }

            resultsBucket = container "Bucket de resultados" "S3 privado, SSE-KMS, versionado, sempre de recuperação imediata: Standard → Standard-IA (30 dias) → Glacier Instant Retrieval (90 dias, objetos ≥ 128 KB) → expira em 1827 dias." "Amazon S3" {
                tags "Bucket"
                properties {
                    "aws.service" "Amazon S3"
                    "cdk.construct" "Proteomics-Data/ResultsBucket"
                    "requirements" "R13,R15"
                }
            }

            analysisWorkflow = container "Fluxo de análise" "State machine Standard: Distributed Map sobre o manifesto de proteínas (MaxConcurrency 50), batch:submitJob.sync por proteína, Retry com backoff e jitter, Catch e timeout de 24 h." "AWS Step Functions (Standard)" {
                properties {
                    "aws.service" "AWS Step Functions"
                    "cdk.construct" "Proteomics-Workflow/AnalysisStateMachine"
                    "requirements" "R06,R12,R14"
                }
            }

            batchQueue = container "Fila de jobs" "Duas job queues: Spot (proteomics-analysis) e On-Demand (proteomics-analysis-on-demand). jobStateTimeLimitActions cancela o job sem capacidade Spot após 15 min em RUNNABLE (CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY), e o workflow o reenvia à fila On-Demand, que desiste após 60 min; jobs que pedem mais do que os ambientes oferecem saem após 30 min." "AWS Batch (job queue)" {
                properties {
                    "aws.service" "AWS Batch"
                    "cdk.construct" "Proteomics-Compute/AnalysisQueue, Proteomics-Compute/OnDemandAnalysisQueue"
                    "requirements" "R06,R12"
                }
            }

            batchCompute = container "Ambientes de computação" "CE gerenciado Spot SPOT_PRICE_CAPACITY_OPTIMIZED (até 1024 vCPU) e CE On-Demand BEST_FIT_PROGRESSIVE (até 256 vCPU), um por fila, com o pacote default_x86_64 do Batch (m6i, c6i, r6i, c7i; x86 porque a imagem de análise é linux/amd64, Graviton planejado); escalam a zero." "AWS Batch (EC2 Spot + On-Demand)" {
                properties {
                    "aws.service" "Amazon EC2 Spot"
                    "cdk.construct" "Proteomics-Compute/SpotComputeEnvironment, Proteomics-Compute/OnDemandComputeEnvironment"
                    "requirements" "R06,R08,R12"
                }
            }

            analysisJob = container "Job de análise" "Job definition de 4 vCPU e 16 GiB, timeout de 4 h, 3 tentativas só para 'Host EC2*' (Spot recuperado); imagem do pipeline de caracterização (proteomics/analysis-job) vinda da réplica do ECR na conta, com tag imutável." "AWS Batch job definition / contêiner Python 3.12" {
                properties {
                    "aws.service" "AWS Batch"
                    "cdk.construct" "Proteomics-Compute/AnalysisJob"
                    "requirements" "R12,R13"
                }
            }

            eventBus = container "Regra de eventos de status" "Regra no barramento default: 'Step Functions Execution Status Change' e 'Batch Job State Change' → fila de status, com retry de 24 h e DLQ do alvo." "Amazon EventBridge (regra)" {
                properties {
                    "aws.service" "Amazon EventBridge"
                    "cdk.construct" "Proteomics-Workflow/ExecutionStatusRule, Proteomics-Workflow/JobStateRule"
                    "requirements" "R12,R14"
                }
            }

            statusQueue = container "Fila de status" "Fila standard com SSE-KMS, visibilidade de 120 s, retenção de 14 dias e DLQ após 5 recebimentos (com alarme); absorve picos de eventos." "Amazon SQS + DLQ" {
                tags "Fila"
                properties {
                    "aws.service" "Amazon SQS"
                    "cdk.construct" "Proteomics-Workflow/StatusQueue, Proteomics-Workflow/StatusDeadLetterQueue"
                    "requirements" "R08,R12,R14"
                }
            }

            notifications = container "Notificações por e-mail" "SES fora do sandbox, domínio com DKIM, SPF e DMARC, templates de análise concluída ou com falha; bounces e reclamações monitorados." "Amazon SES" {
                properties {
                    "aws.service" "Amazon SES"
                    "cdk.construct" "Proteomics-Workflow/EmailIdentity, Proteomics-Workflow/NotificationsConfigurationSet, Proteomics-Workflow/DmarcRecord, Proteomics-Workflow/Template-analise-concluida, Proteomics-Workflow/Template-analise-falhou"
                    "requirements" "R10,R14"
                }
            }

            observability = container "Observabilidade" "Container Insights, Logs com retenção de 90 dias, traces X-Ray/ADOT e SLOs com alarmes compostos de burn rate (1 h/5 min a 14,4x, 6 h/30 min a 6x) via SNS: disponibilidade 99,9% no CloudFront e análises 99% no Step Functions; SLOs do Application Signals (p95 da API < 500 ms, upload, tempo até o resultado) planejados." "Amazon CloudWatch + AWS X-Ray + Amazon SNS" {
                properties {
                    "aws.service" "Amazon CloudWatch"
                    "cdk.construct" "Proteomics-Observability/Dashboard, Proteomics-Observability/AlarmsTopic, Proteomics-Observability/AnalysisSuccessSlo, Proteomics-Observability/StatusFreshnessSlo, Proteomics-Observability/AnalysisSuccessFastBurn, Proteomics-Observability/AnalysisSuccessSlowBurn, Proteomics-Edge/AvailabilitySlo, Proteomics-Edge/AvailabilityFastBurn, Proteomics-Edge/AvailabilitySlowBurn"
                    "requirements" "R08,R09,R10"
                }
            }
        }

        # ------------------------------------------------------------------
        # Esteira de entrega contínua
        # ------------------------------------------------------------------
        delivery = softwareSystem "Esteira de entrega contínua" "Entrega 100% AWS a partir da conta de ferramentas: código no CodeCommit, pipeline CodePipeline V2, build e testes no CodeBuild, imagens no ECR e infraestrutura como código em CDK/CloudFormation; promove homologação → produção com aprovação manual." {

            sourceRepo = container "Repositório de código" "Monorrepositório Git (apps, job, manifestos Kustomize, CDK) no CodeCommit, de volta à disponibilidade geral desde 24/11/2025, criptografado com a chave KMS da entrega; main protegida por um template de regra de aprovação (associado pela CLI: não é recurso do CloudFormation). Alternativa: GitHub via CodeConnections." "AWS CodeCommit (Git)" {
                properties {
                    "aws.service" "AWS CodeCommit"
                    "cdk.construct" "Proteomics-Delivery/SourceRepository"
                    "requirements" "R09,R10"
                }
            }

            pipeline = container "Pipeline de entrega" "CodePipeline V2 em modo QUEUED, disparado por push na main (EventBridge): Source → Test → Build → Scan → homologação (stacks CDK, overlay no EKS, testes de fumaça) → aprovação manual (SNS) → produção." "AWS CodePipeline V2" {
                properties {
                    "aws.service" "AWS CodePipeline"
                    "cdk.construct" "Proteomics-Delivery/Pipeline, Proteomics-Delivery/PipelineRole"
                    "requirements" "R09,R10"
                }
            }

            buildProject = container "Projeto de build e testes" "CodeBuild (Amazon Linux 2023): ruff, pytest (cobertura ≥ 80%), bandit, pip-audit, cdk-nag, build das imagens e varredura do Amazon Inspector que reprova CRITICAL." "AWS CodeBuild" {
                properties {
                    "aws.service" "AWS CodeBuild"
                    "cdk.construct" "Proteomics-Delivery/TestProject, Proteomics-Delivery/BuildProject, Proteomics-Delivery/ScanProject, Proteomics-Delivery/InfrastructureDeployProject, Proteomics-Delivery/SmokeTestProject"
                    "requirements" "R09,R10"
                }
            }

            packageRepo = container "Repositório de pacotes Python" "Domínio CodeArtifact com proxy do PyPI, em us-east-1 (o serviço não existe em sa-east-1): os builds só instalam dependências fixadas por hash a partir dele, com cache e trilha de auditoria." "AWS CodeArtifact" {
                properties {
                    "aws.service" "AWS CodeArtifact"
                    "cdk.construct" "Proteomics-Packages/PackageDomain, Proteomics-Packages/PypiStoreRepository, Proteomics-Packages/PythonRepository"
                    "requirements" "R09,R10"
                }
            }

            registry = container "Registro de imagens" "Repositórios ECR privados (proteomics/web, proteomics/api, proteomics/status-consumer, proteomics/analysis-job) com KMS, tags imutáveis = SHA do commit, varredura contínua do Inspector e replicação para homologação e produção." "Amazon ECR" {
                properties {
                    "aws.service" "Amazon ECR"
                    "cdk.construct" "Proteomics-Delivery/WebRepository, Proteomics-Delivery/ApiRepository, Proteomics-Delivery/StatusConsumerRepository, Proteomics-Delivery/AnalysisJobRepository, Proteomics-Delivery/ImageReplication"
                    "requirements" "R03,R09,R10"
                }
            }

            iac = container "Infraestrutura como código" "App AWS CDK v2 em Java (stacks de segurança, rede, dados, identidade, computação, análise, observabilidade, borda em us-east-1 e, na conta de ferramentas, pacotes e entrega) sintetizado em CloudFormation e aplicado por change sets (cdk deploy)." "AWS CDK v2 → AWS CloudFormation" {
                properties {
                    "aws.service" "AWS CloudFormation"
                    "cdk.outOfScope" "É o próprio app CDK (com.varsomics.infra.PlatformApp): cada stack sintetizada em build/cdk.out é um template do CloudFormation; a conta só é preparada por cdk bootstrap."
                    "requirements" "R09,R10"
                }
            }
        }

        # ------------------------------------------------------------------
        # Relacionamentos da plataforma
        # ------------------------------------------------------------------
        researcher -> cdn "Acessa a aplicação" "HTTPS (TLS 1.2+)"
        researcher -> identity "Faz login com MFA" "HTTPS (managed login do Cognito, OIDC)"
        researcher -> inputBucket "Envia as partes direto ao S3" "HTTPS PUT pré-assinado"
        researcher -> resultsBucket "Baixa resultados" "HTTPS GET pré-assinado"
        corporateIdp -> identity "Autentica os usuários federados" "SAML 2.0 / OIDC"

        cdn -> web "Encaminha requisições dinâmicas" "HTTPS via ALB"
        web -> identity "Troca o código por tokens" "OIDC (authorization code + PKCE)"
        web -> api "Chama a API com o JWT do usuário" "HTTP/JSON (Service ClusterIP)"
        web -> dbProxy "Lê e grava sessões e perfis" "SQL/TLS 5432"

        api -> identity "Valida JWT" "HTTPS (JWKS)"
        api -> dbProxy "Lê e grava amostras e análises" "SQL/TLS 5432 (auth IAM)"
        api -> inputBucket "Assina e conclui uploads multipart" "AWS SDK (boto3) S3"
        api -> resultsBucket "Assina downloads" "AWS SDK (boto3) presign GetObject"
        api -> analysisWorkflow "Inicia execução (nome = id da análise)" "AWS SDK (boto3) StartExecution"
        dbProxy -> database "Agrupa conexões no writer e no reader" "PostgreSQL/TLS 5432"

        analysisWorkflow -> inputBucket "Lê o manifesto da amostra" "Distributed Map ItemReader (S3)"
        analysisWorkflow -> batchQueue "Submete um job por proteína e aguarda" "batch:submitJob.sync"
        analysisWorkflow -> inputBucket "Grava o resumo do Map Run em _execucoes/ (diagnóstico, 365 dias)" "Distributed Map ResultWriter (S3)"
        analysisWorkflow -> eventBus "Emite mudanças de status da execução" "Evento Step Functions Execution Status Change"
        batchQueue -> batchCompute "Agenda jobs (fila Spot; fila On-Demand para os reenviados por falta de Spot)" "Agendador do AWS Batch"
        batchQueue -> eventBus "Emite mudanças de estado dos jobs" "Evento Batch Job State Change"
        batchCompute -> analysisJob "Executa o contêiner do job" "Agente Amazon ECS (Docker)"
        batchCompute -> registry "Baixa a imagem do job" "HTTPS (API do ECR)"
        analysisJob -> inputBucket "Lê o arquivo da proteína" "AWS SDK (boto3) GetObject"
        analysisJob -> resultsBucket "Grava os resultados" "AWS SDK (boto3) PutObject (SSE-KMS)"

        eventBus -> statusQueue "Entrega os eventos casados" "Alvo SQS da regra"
        statusConsumer -> statusQueue "Consome eventos" "SQS ReceiveMessage (long polling)"
        statusConsumer -> dbProxy "Atualiza o status da análise" "SQL/TLS 5432 (auth IAM)"
        statusConsumer -> notifications "Pede o e-mail de conclusão" "AWS SDK (boto3) SES SendEmail"
        notifications -> researcher "Avisa conclusão ou falha" "E-mail (SMTP, DKIM)"

        operator -> observability "Acompanha SLOs, logs e traces" "Console AWS (IAM Identity Center)"
        observability -> operator "Dispara alarmes" "Amazon SNS (e-mail)"

        # ------------------------------------------------------------------
        # Relacionamentos da esteira
        # ------------------------------------------------------------------
        developer -> sourceRepo "Faz push e merge de pull requests" "Git/HTTPS (git-remote-codecommit)"
        pipeline -> sourceRepo "Obtém a revisão a cada push na main" "Ação de origem CodeCommit (EventBridge)"
        pipeline -> buildProject "Executa build, testes e varredura" "Ação CodeBuild"
        buildProject -> packageRepo "Instala dependências Python" "pip/HTTPS (token CodeArtifact)"
        buildProject -> registry "Publica imagens (tag = SHA)" "docker push (HTTPS)"
        buildProject -> iac "Sintetiza os templates" "cdk synth"
        pipeline -> iac "Implanta as stacks por conta" "CodeBuild: cdk deploy (papéis do CDK bootstrap)"
        iac -> platform "Provisiona e atualiza os recursos AWS" "AWS CloudFormation (papel entre contas)"
        pipeline -> platform "Implanta os manifestos Kustomize no EKS" "Ação EKS do CodePipeline"
        operator -> pipeline "Recebe o pedido por SNS e aprova a promoção" "Ação de aprovação manual (console, IAM Identity Center)"

        # ==================================================================
        # Ambiente de produção
        # ==================================================================
        production = deploymentEnvironment "Produção" {

            prodCloud = deploymentNode "AWS Cloud" "Nuvem pública da AWS." "Amazon Web Services" {
                properties {
                    "aws.service" "AWS Cloud"
                    "cdk.outOfScope" "Agrupamento (a nuvem AWS), não um recurso."
                    "requirements" "R10"
                }

                prodAccount = deploymentNode "Conta de carga de trabalho — produção" "Conta da OU Workloads/Prod: SCPs do Control Tower, acesso humano só via IAM Identity Center, nenhum usuário IAM." "AWS Account" {
                    properties {
                        "aws.service" "AWS Account"
                        "cdk.outOfScope" "Conta criada pelo Account Factory do AWS Control Tower (conta de gerenciamento); este app só implanta stacks dentro dela."
                        "requirements" "R09,R10"
                    }

                    globalEdge = deploymentNode "Borda global" "Pontos de presença da AWS; certificado e web ACL do CloudFront ficam em us-east-1." "AWS Global / us-east-1" {
                        properties {
                            "aws.service" "AWS Region"
                            "cdk.outOfScope" "Agrupamento (pontos de presença e us-east-1); seus recursos estão na stack Proteomics-Edge."
                            "requirements" "R07,R08"
                        }

                        route53 = infrastructureNode "Amazon Route 53" "Zona hospedada pública do domínio com registros alias A/AAAA para a distribuição e DNSSEC assinado (KSK numa chave KMS assimétrica em us-east-1)." "Amazon Route 53" {
                            properties {
                                "aws.service" "Amazon Route 53"
                                "cdk.construct" "Proteomics-Edge/AliasIpv4, Proteomics-Edge/AliasIpv6, Proteomics-Edge/KeySigningKey, Proteomics-Edge/Dnssec, Proteomics-Edge/DNSSECKeySigningKeysNeedingAction, Proteomics-Edge/DNSSECInternalFailure"
                                "requirements" "R08,R10"
                            }
                        }
                        waf = infrastructureNode "AWS WAF" "Web ACL de escopo CLOUDFRONT: regras gerenciadas Core, Known bad inputs e IP reputation; limites por 5 min de 300 req por IP nos caminhos de login, 2.000 por sessão (IP + cookie) e 20.000 por IP fora das instituições da lista de permissões (NAT de campus). Quem bloqueia IPs é o WAF, não o Shield." "AWS WAF (web ACL)" {
                            properties {
                                "aws.service" "AWS WAF"
                                "cdk.construct" "Proteomics-Edge/WebAcl, Proteomics-Edge/WebAclLogging, Proteomics-Edge/InstitutionAddresses"
                                "requirements" "R07,R09"
                            }
                        }
                        shield = infrastructureNode "AWS Shield Standard" "Proteção automática e sem custo contra DDoS nas camadas 3 e 4 para CloudFront e Route 53; não bloqueia IPs específicos." "AWS Shield Standard" {
                            properties {
                                "aws.service" "AWS Shield"
                                "cdk.outOfScope" "Shield Standard é automático e sem custo para CloudFront e Route 53; não há recurso a criar."
                                "requirements" "R08"
                            }
                        }
                        edgeCertificate = infrastructureNode "Certificado TLS do CloudFront" "Certificado público do ACM em us-east-1 (exigência do CloudFront), validado por DNS no Route 53 e renovado automaticamente." "AWS Certificate Manager (us-east-1)" {
                            properties {
                                "aws.service" "AWS Certificate Manager"
                                "cdk.construct" "Proteomics-Edge/Certificate"
                                "requirements" "R09"
                            }
                        }
                        cdnInstance = containerInstance cdn
                    }

                    region = deploymentNode "sa-east-1 (São Paulo)" "Região única dos dados (LGPD): dados pessoais das amostras não saem do país." "AWS Region" {
                        properties {
                            "aws.service" "AWS Region"
                            "cdk.outOfScope" "Agrupamento (a região sa-east-1 onde as stacks de carga de trabalho são implantadas), não um recurso."
                            "requirements" "R08,R10"
                        }

                        vpc = deploymentNode "VPC de produção" "10.20.0.0/16 em 3 AZs; VPC Flow Logs no CloudWatch." "Amazon VPC 10.20.0.0/16" {
                            properties {
                                "aws.service" "Amazon VPC"
                                "cdk.construct" "Proteomics-Network/Vpc/Resource, Proteomics-Network/Vpc/All, Proteomics-Network/FlowLogs"
                                "requirements" "R08"
                            }

                            igw = infrastructureNode "Internet Gateway" "Única porta da VPC para a internet: recebe o tráfego do CloudFront para o ALB e a saída das NAT Gateways." "Amazon VPC Internet Gateway" {
                                properties {
                                    "aws.service" "Amazon VPC Internet Gateway"
                                    "cdk.construct" "Proteomics-Network/Vpc/IGW, Proteomics-Network/Vpc/VPCGW"
                                    "requirements" "R08"
                                }
                            }

                            alb = infrastructureNode "Application Load Balancer" "Internet-facing nas 3 sub-redes públicas, criado pelo AWS Load Balancer Controller a partir do Ingress; só aceita o prefix list de origem do CloudFront (security group) e o cabeçalho secreto da distribuição (web ACL regional); HTTPS 443 com certificado ACM de sa-east-1, alvos IP." "ALB (AWS Load Balancer Controller)" {
                                properties {
                                    "aws.service" "Application Load Balancer"
                                    "cdk.construct" "Proteomics-Compute/AlbSecurityGroup, Proteomics-Compute/OriginWebAcl, Proteomics-Compute/OriginCertificate"
                                    "requirements" "R07,R08"
                                }
                            }

                            azA = deploymentNode "sa-east-1a" "AZ A: NAT própria e Aurora writer." "Availability Zone" {
                                properties {
                                    "aws.service" "Availability Zone"
                                    "cdk.outOfScope" "Zona de disponibilidade de sa-east-1, escolhida no contexto availabilityZones do cdk.json; não é um recurso: as sub-redes que ela contém são."
                                    "requirements" "R08"
                                }
                                publicSubnetA = deploymentNode "Sub-rede pública A" "Rota padrão para o Internet Gateway; NAT e um nó do ALB." "Public subnet 10.20.0.0/24" {
                                    properties {
                                        "aws.service" "Public subnet"
                                        "cdk.construct" "Proteomics-Network/Vpc/PublicSubnet1"
                                        "requirements" "R08"
                                    }
                                    natGatewayA = infrastructureNode "NAT Gateway A" "Saída IPv4 das sub-redes privadas da AZ A; uma por AZ para que a perda de uma AZ não corte a saída das outras." "Amazon VPC NAT Gateway" {
                                        properties {
                                            "aws.service" "Amazon VPC NAT Gateway"
                                            "cdk.construct" "Proteomics-Network/Vpc/PublicSubnet1/NATGateway, Proteomics-Network/Vpc/PublicSubnet1/EIP"
                                            "requirements" "R08"
                                        }
                                    }
                                }
                                dataSubnetA = deploymentNode "Sub-rede de dados A" "Isolada, sem rota para a internet; 5432 só a partir do RDS Proxy." "Private subnet 10.20.200.0/24" {
                                    properties {
                                        "aws.service" "Private subnet"
                                        "cdk.construct" "Proteomics-Network/Vpc/DataSubnet1"
                                        "requirements" "R04,R08"
                                    }
                                    auroraWriter = deploymentNode "Aurora writer" "Recebe todas as escritas; em falha, o reader é promovido em cerca de 30 s." "Amazon Aurora db.r8g.large" {
                                        properties {
                                            "aws.service" "Amazon Aurora"
                                            "cdk.construct" "Proteomics-Data/Database/Writer"
                                            "requirements" "R04,R08"
                                        }
                                        databaseWriterInstance = containerInstance database
                                    }
                                }
                            }

                            azB = deploymentNode "sa-east-1b" "AZ B: NAT própria e Aurora reader (alvo de failover)." "Availability Zone" {
                                properties {
                                    "aws.service" "Availability Zone"
                                    "cdk.outOfScope" "Zona de disponibilidade de sa-east-1, escolhida no contexto availabilityZones do cdk.json; não é um recurso: as sub-redes que ela contém são."
                                    "requirements" "R08"
                                }
                                publicSubnetB = deploymentNode "Sub-rede pública B" "Rota padrão para o Internet Gateway; NAT e um nó do ALB." "Public subnet 10.20.1.0/24" {
                                    properties {
                                        "aws.service" "Public subnet"
                                        "cdk.construct" "Proteomics-Network/Vpc/PublicSubnet2"
                                        "requirements" "R08"
                                    }
                                    natGatewayB = infrastructureNode "NAT Gateway B" "Saída IPv4 das sub-redes privadas da AZ B." "Amazon VPC NAT Gateway" {
                                        properties {
                                            "aws.service" "Amazon VPC NAT Gateway"
                                            "cdk.construct" "Proteomics-Network/Vpc/PublicSubnet2/NATGateway, Proteomics-Network/Vpc/PublicSubnet2/EIP"
                                            "requirements" "R08"
                                        }
                                    }
                                }
                                dataSubnetB = deploymentNode "Sub-rede de dados B" "Isolada, sem rota para a internet; 5432 só a partir do RDS Proxy." "Private subnet 10.20.201.0/24" {
                                    properties {
                                        "aws.service" "Private subnet"
                                        "cdk.construct" "Proteomics-Network/Vpc/DataSubnet2"
                                        "requirements" "R04,R08"
                                    }
                                    auroraReader = deploymentNode "Aurora reader" "Tier de failover 0: atende leituras pelo endpoint de leitura e vira writer se a AZ A falhar." "Amazon Aurora db.r8g.large" {
                                        properties {
                                            "aws.service" "Amazon Aurora"
                                            "cdk.construct" "Proteomics-Data/Database/Reader"
                                            "requirements" "R04,R07,R08"
                                        }
                                        databaseReaderInstance = containerInstance database
                                    }
                                }
                            }

                            azC = deploymentNode "sa-east-1c" "AZ C: NAT própria; a sub-rede de dados 10.20.202.0/24 completa o DB subnet group." "Availability Zone" {
                                properties {
                                    "aws.service" "Availability Zone"
                                    "cdk.outOfScope" "Zona de disponibilidade de sa-east-1, escolhida no contexto availabilityZones do cdk.json; não é um recurso: as sub-redes que ela contém são."
                                    "requirements" "R08"
                                }
                                publicSubnetC = deploymentNode "Sub-rede pública C" "Rota padrão para o Internet Gateway; NAT e um nó do ALB." "Public subnet 10.20.2.0/24" {
                                    properties {
                                        "aws.service" "Public subnet"
                                        "cdk.construct" "Proteomics-Network/Vpc/PublicSubnet3"
                                        "requirements" "R08"
                                    }
                                    natGatewayC = infrastructureNode "NAT Gateway C" "Saída IPv4 das sub-redes privadas da AZ C." "Amazon VPC NAT Gateway" {
                                        properties {
                                            "aws.service" "Amazon VPC NAT Gateway"
                                            "cdk.construct" "Proteomics-Network/Vpc/PublicSubnet3/NATGateway, Proteomics-Network/Vpc/PublicSubnet3/EIP"
                                            "requirements" "R08"
                                        }
                                    }
                                }
                            }

                            appSubnets = deploymentNode "Sub-redes privadas de aplicação" "Uma /19 por AZ (10.20.32.0, .64.0, .96.0), com espaço para os IPs de pods do VPC CNI; saída pela NAT da própria AZ." "Private subnets ×3 (1a, 1b, 1c)" {
                                properties {
                                    "aws.service" "Private subnet"
                                    "cdk.construct" "Proteomics-Network/Vpc/AppSubnet1, Proteomics-Network/Vpc/AppSubnet2, Proteomics-Network/Vpc/AppSubnet3"
                                    "requirements" "R03,R08"
                                }

                                eksCluster = deploymentNode "Cluster EKS de produção" "Endpoint só privado, access entries (sem ConfigMap aws-auth), EKS Pod Identity, PSS restricted, network policies; grupo de nós gerenciado 'system' (2 × m6i.large Bottlerocket) para os controladores." "Amazon EKS" {
                                    properties {
                                        "aws.service" "Amazon EKS"
                                        "cdk.construct" "Proteomics-Compute/Cluster, Proteomics-Compute/SystemNodeGroup"
                                        "requirements" "R03,R08,R09"
                                    }

                                    albController = infrastructureNode "AWS Load Balancer Controller" "Add-on que observa os objetos Ingress e cria o ALB, os listeners e os target groups com alvos IP dos pods." "Controlador Kubernetes (Helm pelo pipeline, Pod Identity)" {
                                        properties {
                                            "aws.service" "Amazon EKS"
                                            "cdk.construct" "Proteomics-Compute/LoadBalancerControllerPodIdentity"
                                            "requirements" "R03,R07"
                                        }
                                    }
                                    karpenter = infrastructureNode "Karpenter" "Provisiona e consolida nós On-Demand (c6i/m6i/r6i) nas 3 AZs, com disruption budgets e expiração de nós em 30 dias; roda no grupo de nós gerenciado 'system' de 2 instâncias e trata interrupções pela fila SQS alimentada pelo EventBridge." "Karpenter (Helm pelo pipeline; NodePool + EC2NodeClass)" {
                                        properties {
                                            "aws.service" "Amazon EKS"
                                            "cdk.construct" "Proteomics-Compute/Karpenter/ControllerPodIdentity, Proteomics-Compute/Karpenter/InterruptionQueue"
                                            "requirements" "R07,R08"
                                        }
                                    }
                                    telemetryAgents = infrastructureNode "Add-on de observabilidade" "Add-on Amazon CloudWatch Observability (CloudWatch agent + Fluent Bit): Container Insights, logs dos pods e Application Signals." "EKS add-on amazon-cloudwatch-observability" {
                                        properties {
                                            "aws.service" "Amazon CloudWatch"
                                            "cdk.construct" "Proteomics-Compute/CloudWatchObservability"
                                            "requirements" "R08,R09"
                                        }
                                    }

                                    eksNodes = deploymentNode "Nós de aplicação" "Instâncias c6i, m6i ou r6i escolhidas pelo Karpenter, com Bottlerocket, nas 3 AZs (topology spread); PodDisruptionBudget em todos os Deployments." "Amazon EC2 (Karpenter)" {
                                        instances "3..30"
                                        properties {
                                            "aws.service" "Amazon EC2"
                                            "cdk.construct" "Proteomics-Compute/Karpenter/NodeRole, Proteomics-Compute/Karpenter/NodeAccessEntry"
                                            "requirements" "R03,R07,R08"
                                        }
                                        webInstance = containerInstance web
                                        apiInstance = containerInstance api
                                        statusConsumerInstance = containerInstance statusConsumer
                                    }
                                }

                                batchNodes = deploymentNode "Instâncias do AWS Batch" "Criadas pelos compute environments (Spot no pacote x86_64 atual do Batch; On-Demand para proteínas sem capacidade Spot), AMI ECS-optimized AL2023; escalam a zero." "Amazon EC2 Spot + On-Demand" {
                                    instances "0..N"
                                    properties {
                                        "aws.service" "Amazon EC2 Spot"
                                        "cdk.construct" "Proteomics-Compute/BatchLaunchTemplate, Proteomics-Compute/BatchSecurityGroup"
                                        "requirements" "R06,R12"
                                    }
                                    batchComputeInstance = containerInstance batchCompute
                                    analysisJobInstance = containerInstance analysisJob
                                }
                            }

                            dbProxyInstance = containerInstance dbProxy

                            s3GatewayEndpoint = infrastructureNode "Endpoint de gateway S3" "Rota do S3 nas tabelas das sub-redes privadas: jobs e pods falam com o S3 sem NAT e sem custo por GB; política do endpoint restrita aos buckets da conta." "VPC gateway endpoint (S3)" {
                                properties {
                                    "aws.service" "AWS PrivateLink"
                                    "cdk.construct" "Proteomics-Network/Vpc/S3"
                                    "requirements" "R09,R13"
                                }
                            }
                            interfaceEndpoints = infrastructureNode "Endpoints de interface" "ecr.api, ecr.dkr, sts, eks-auth, secretsmanager, kms, logs, states e sqs, com DNS privado nas 3 AZs: o tráfego aos serviços AWS não sai da VPC." "VPC interface endpoints (AWS PrivateLink)" {
                                properties {
                                    "aws.service" "AWS PrivateLink"
                                    "cdk.construct" "Proteomics-Network/Vpc/EcrApiEndpoint, Proteomics-Network/Vpc/EcrDockerEndpoint, Proteomics-Network/Vpc/StsEndpoint, Proteomics-Network/Vpc/EksAuthEndpoint, Proteomics-Network/Vpc/SecretsManagerEndpoint, Proteomics-Network/Vpc/LogsEndpoint, Proteomics-Network/Vpc/StepFunctionsEndpoint, Proteomics-Network/Vpc/SqsEndpoint, Proteomics-Network/Vpc/KmsEndpoint"
                                    "requirements" "R08,R09"
                                }
                            }
                        }

                        identityInstance = containerInstance identity
                        staticAssetsBucket = infrastructureNode "Bucket de ativos estáticos" "S3 privado (SSE-S3: só CSS/JS, sem dados pessoais) com os arquivos /static do Django (collectstatic no pipeline, por um papel que a conta de ferramentas assume), legível só pelas distribuições CloudFront da conta via OAC." "Amazon S3" {
                            properties {
                                "aws.service" "Amazon S3"
                                "cdk.construct" "Proteomics-Data/StaticAssetsBucket, Proteomics-Data/StaticAssetsPublisher"
                                "requirements" "R01,R07"
                            }
                        }
                        inputBucketInstance = containerInstance inputBucket
                        resultsBucketInstance = containerInstance resultsBucket
                        analysisWorkflowInstance = containerInstance analysisWorkflow
                        batchQueueInstance = containerInstance batchQueue
                        eventBusInstance = containerInstance eventBus
                        statusQueueInstance = containerInstance statusQueue
                        notificationsInstance = containerInstance notifications
                        observabilityInstance = containerInstance observability
                        registryReplicaInstance = containerInstance registry

                        kms = infrastructureNode "AWS KMS" "Três chaves gerenciadas pelo cliente: dados (S3, Aurora, backups, segredos), logs (CloudWatch Logs, CloudTrail) e serviços (SQS, SNS, Secrets do Kubernetes), com rotação automática anual e políticas de chave de menor privilégio." "AWS KMS (chaves do cliente)" {
                            properties {
                                "aws.service" "AWS KMS"
                                "cdk.construct" "Proteomics-Security/DataKey, Proteomics-Security/LogsKey, Proteomics-Security/ServicesKey"
                                "requirements" "R09"
                            }
                        }
                        secretsManager = infrastructureNode "AWS Secrets Manager" "Senha mestre do Aurora gerenciada pelo RDS (ManageMasterUserPassword) com rotação a cada 7 dias, só para o provisionamento do banco e o break-glass do DBA; a SECRET_KEY do Django é lida pelos pods via External Secrets." "AWS Secrets Manager" {
                            properties {
                                "aws.service" "AWS Secrets Manager"
                                "cdk.construct" "Proteomics-Data/DjangoSecretKey, Proteomics-Compute/ExternalSecretsReader"
                                "requirements" "R04,R09"
                            }
                        }
                        backupVault = infrastructureNode "AWS Backup" "Aurora: diários por 35 dias e mensais por 1827 dias num cofre com Vault Lock (modo compliance) em sa-east-1, cobrindo os metadados das análises por 5 anos." "AWS Backup (Vault Lock)" {
                            properties {
                                "aws.service" "AWS Backup"
                                "cdk.construct" "Proteomics-Data/BackupVault, Proteomics-Data/BackupPlan"
                                "requirements" "R08,R15"
                            }
                        }
                    }
                }
            }

            route53 -> cdnInstance "Resolve o domínio para a distribuição" "DNS (alias A/AAAA)"
            waf -> cdnInstance "Inspeciona e filtra requisições" "AWS WAF (web ACL)"
            shield -> cdnInstance "Mitiga DDoS L3/L4" "AWS Shield Standard"
            edgeCertificate -> cdnInstance "Fornece o certificado TLS" "ACM (us-east-1)"
            cdnInstance -> staticAssetsBucket "Lê /static/*" "HTTPS (Origin Access Control)"
            cdnInstance -> alb "Encaminha requisições dinâmicas" "HTTPS 443 (via Internet Gateway)"
            alb -> webInstance "Distribui para os pods Django" "HTTP 8000 (alvos IP)"
            albController -> alb "Cria e mantém" "Ingress (IngressClass alb)"
            natGatewayA -> igw "Saída para a internet" "IPv4 (SNAT)"
            natGatewayB -> igw "Saída para a internet" "IPv4 (SNAT)"
            natGatewayC -> igw "Saída para a internet" "IPv4 (SNAT)"
            apiInstance -> interfaceEndpoints "Chama Step Functions e STS sem sair da VPC" "HTTPS 443 (PrivateLink)"
            analysisJobInstance -> s3GatewayEndpoint "Lê entradas e grava resultados" "HTTPS 443 (rota de gateway S3)"
            telemetryAgents -> observabilityInstance "Envia logs, métricas e traces" "CloudWatch agent + Fluent Bit (HTTPS)"
            databaseWriterInstance -> secretsManager "Guarda e rotaciona a senha mestre" "ManageMasterUserPassword (integração RDS)"
            backupVault -> databaseWriterInstance "Copia snapshots diários e mensais" "AWS Backup"
            kms -> inputBucketInstance "Criptografa objetos" "SSE-KMS (S3 Bucket Key)"
            kms -> resultsBucketInstance "Criptografa objetos" "SSE-KMS (S3 Bucket Key)"
        }

        # ==================================================================
        # Organização AWS (landing zone)
        # ==================================================================
        organization = deploymentEnvironment "Organização AWS" {

            orgCloud = deploymentNode "AWS Cloud" "Organização AWS da empresa, com landing zone do Control Tower de região de origem sa-east-1 (us-east-1 governada só para serviços globais)." "Amazon Web Services" {
                properties {
                    "aws.service" "AWS Cloud"
                    "cdk.outOfScope" "Agrupamento (a organização AWS da empresa), não um recurso."
                    "requirements" "R09,R10"
                }

                awsOrganization = deploymentNode "Organização" "Todas as funcionalidades ligadas; SCPs impedem desligar CloudTrail, Config e GuardDuty, criar usuários IAM e usar regiões não aprovadas." "AWS Organizations" {
                    properties {
                        "aws.service" "AWS Organizations"
                        "cdk.outOfScope" "Organização do AWS Organizations criada na conta de gerenciamento e governada pelo AWS Control Tower, fora deste app de carga de trabalho."
                        "requirements" "R09,R10"
                    }

                    managementAccount = deploymentNode "Conta de gerenciamento" "Só faturamento, Organizations, Control Tower e Identity Center; nenhuma carga de trabalho; usuário root com MFA e sem chaves de acesso." "AWS Account" {
                        properties {
                            "aws.service" "AWS Account"
                            "cdk.outOfScope" "Conta de gerenciamento: criada com a organização; nenhuma stack deste app roda nela."
                            "requirements" "R09"
                        }
                        controlTower = infrastructureNode "AWS Control Tower" "Landing zone, Account Factory para contas novas e controles preventivos (SCP), detectivos (Config) e proativos (hooks do CloudFormation)." "AWS Control Tower" {
                            properties {
                                "aws.service" "AWS Control Tower"
                                "cdk.outOfScope" "Landing zone configurada uma vez na conta de gerenciamento (console ou API do AWS Control Tower), não por este app."
                                "requirements" "R09,R10"
                            }
                        }
                        identityCenter = infrastructureNode "IAM Identity Center" "Login único federado ao IdP corporativo (SCIM), permission sets por função (leitura, operador, break-glass) e sessões de 8 h; nenhum usuário IAM." "AWS IAM Identity Center" {
                            properties {
                                "aws.service" "AWS IAM Identity Center"
                                "cdk.outOfScope" "IAM Identity Center habilitado pelo AWS Control Tower na conta de gerenciamento; permission sets são geridos lá."
                                "requirements" "R09"
                            }
                        }
                        orgTrail = infrastructureNode "Trilha da organização" "CloudTrail de organização, multirregião, com validação de integridade dos arquivos de log, entregue à conta Log Archive." "AWS CloudTrail" {
                            properties {
                                "aws.service" "AWS CloudTrail"
                                "cdk.outOfScope" "Trilha de organização criada pelo AWS Control Tower na conta de gerenciamento e entregue à conta Log Archive."
                                "requirements" "R09"
                            }
                        }
                    }

                    securityOu = deploymentNode "OU Security" "Contas de segurança criadas pelo Control Tower; ninguém da equipe de aplicação tem acesso." "Unidade organizacional" {
                        properties {
                            "aws.service" "AWS Organizations"
                            "cdk.outOfScope" "OU Security criada pelo AWS Control Tower na landing zone."
                            "requirements" "R09"
                        }
                        auditAccount = deploymentNode "Conta Security (Audit)" "Administradora delegada dos serviços de segurança, com acesso de leitura às demais contas para a equipe de segurança." "AWS Account" {
                            properties {
                                "aws.service" "AWS Account"
                                "cdk.outOfScope" "Conta Audit criada pelo AWS Control Tower na landing zone."
                                "requirements" "R09"
                            }
                            guardDuty = infrastructureNode "Amazon GuardDuty" "Administrador delegado; proteções de EKS (audit logs e runtime), S3, RDS e Malware Protection ligadas em todas as contas." "Amazon GuardDuty" {
                                properties {
                                    "aws.service" "Amazon GuardDuty"
                                    "cdk.outOfScope" "Habilitado para a organização inteira pela conta Audit como administradora delegada (AWS Organizations), não por conta de carga de trabalho."
                                    "requirements" "R09"
                                }
                            }
                            macie = infrastructureNode "Amazon Macie" "Descoberta automatizada de dados pessoais sensíveis nos buckets de entrada e de resultados (LGPD, art. 11)." "Amazon Macie" {
                                properties {
                                    "aws.service" "Amazon Macie"
                                    "cdk.outOfScope" "Habilitado para a organização inteira pela conta Audit como administradora delegada do Amazon Macie."
                                    "requirements" "R09"
                                }
                            }
                            accessAnalyzer = infrastructureNode "IAM Access Analyzer" "Analisadores da organização para acesso externo e acesso não utilizado; também valida políticas no pipeline." "IAM Access Analyzer" {
                                properties {
                                    "aws.service" "IAM Access Analyzer"
                                    "cdk.outOfScope" "Analisadores de organização criados na conta Audit (administradora delegada); a stack Proteomics-Security só cria o analisador da própria conta de carga de trabalho."
                                    "requirements" "R09"
                                }
                            }
                            configAggregator = infrastructureNode "Agregador do AWS Config" "Visão de conformidade de todas as contas e regiões, com regras gerenciadas e conformance packs." "AWS Config" {
                                properties {
                                    "aws.service" "AWS Config"
                                    "cdk.outOfScope" "Agregador criado pelo AWS Control Tower na conta Audit; o gravador do Config de cada conta também é do Control Tower."
                                    "requirements" "R09"
                                }
                            }
                            securityHub = infrastructureNode "AWS Security Hub CSPM" "Agrega os achados de GuardDuty, Inspector, Macie, Config e Access Analyzer; padrões AWS Foundational Security Best Practices e CIS ligados." "AWS Security Hub" {
                                properties {
                                    "aws.service" "AWS Security Hub"
                                    "cdk.outOfScope" "Habilitado para a organização pela conta Audit como administradora delegada do AWS Security Hub."
                                    "requirements" "R09"
                                }
                            }
                        }
                        logArchiveAccount = deploymentNode "Conta Log Archive" "Conta só de logs, imutáveis; leitura restrita à equipe de segurança." "AWS Account" {
                            properties {
                                "aws.service" "AWS Account"
                                "cdk.outOfScope" "Conta Log Archive criada pelo AWS Control Tower na landing zone."
                                "requirements" "R09"
                            }
                            logArchiveBucket = infrastructureNode "Bucket de logs da organização" "S3 com SSE-KMS, Object Lock e retenção de 5 anos (registro de incidentes exigido pela ANPD) para CloudTrail, Config e VPC Flow Logs." "Amazon S3 (Object Lock)" {
                                properties {
                                    "aws.service" "Amazon S3"
                                    "cdk.outOfScope" "Bucket criado pelo AWS Control Tower na conta Log Archive para CloudTrail e Config."
                                    "requirements" "R09"
                                }
                            }
                        }
                    }

                    infrastructureOu = deploymentNode "OU Infrastructure" "Contas de serviços compartilhados; SCP permite implantar em outras contas só pelos papéis de implantação do CDK." "Unidade organizacional" {
                        properties {
                            "aws.service" "AWS Organizations"
                            "cdk.outOfScope" "OU criada no AWS Organizations (registrada no AWS Control Tower) para as contas compartilhadas."
                            "requirements" "R09"
                        }
                        toolingAccount = deploymentNode "Conta de ferramentas CI/CD" "Hospeda a esteira de entrega e o ECR de origem; implanta nas contas de carga de trabalho assumindo papéis do CDK bootstrap." "AWS Account" {
                            properties {
                                "aws.service" "AWS Account"
                                "cdk.outOfScope" "Conta criada pelo Account Factory do AWS Control Tower; recebe as stacks Proteomics-Packages e Proteomics-Delivery deste app."
                                "requirements" "R09,R10"
                            }
                            deliveryOrgInstance = softwareSystemInstance delivery
                        }
                    }

                    workloadsOu = deploymentNode "OU Workloads" "Contas da aplicação separadas por ambiente; SCPs mais restritivas em produção (sem acesso humano de escrita fora do break-glass)." "Unidade organizacional" {
                        properties {
                            "aws.service" "AWS Organizations"
                            "cdk.outOfScope" "OU criada no AWS Organizations (registrada no AWS Control Tower) para as contas da aplicação."
                            "requirements" "R09"
                        }
                        stagingAccount = deploymentNode "Conta de carga de trabalho — homologação" "Cópia reduzida de produção (mesmas stacks CDK, instâncias menores, Spot também na API) para testes de fumaça e de carga." "AWS Account" {
                            properties {
                                "aws.service" "AWS Account"
                                "cdk.outOfScope" "Conta criada pelo Account Factory do AWS Control Tower (conta de gerenciamento); este app só implanta stacks dentro dela."
                                "requirements" "R09"
                            }
                            stagingPlatformInstance = softwareSystemInstance platform
                        }
                        productionAccount = deploymentNode "Conta de carga de trabalho — produção" "Conta da plataforma em produção, detalhada na visão de implantação de produção." "AWS Account" {
                            properties {
                                "aws.service" "AWS Account"
                                "cdk.outOfScope" "Conta criada pelo Account Factory do AWS Control Tower (conta de gerenciamento); este app só implanta stacks dentro dela."
                                "requirements" "R08,R09"
                            }
                            productionPlatformInstance = softwareSystemInstance platform
                        }
                    }
                }
            }

            controlTower -> identityCenter "Configura o acesso às contas" "AWS Control Tower"
            orgTrail -> logArchiveBucket "Entrega eventos de API de todas as contas" "CloudTrail (trilha da organização)"
            configAggregator -> logArchiveBucket "Entrega histórico de configuração" "AWS Config (delivery channel)"
            guardDuty -> securityHub "Envia achados" "Integração nativa (ASFF)"
            macie -> securityHub "Envia achados" "Integração nativa (ASFF)"
            accessAnalyzer -> securityHub "Envia achados" "Integração nativa (ASFF)"
            configAggregator -> securityHub "Envia avaliações de regras" "Integração nativa (ASFF)"
        }

        # ==================================================================
        # Ferramentas CI/CD
        # ==================================================================
        cicd = deploymentEnvironment "Ferramentas CI/CD" {

            cicdCloud = deploymentNode "AWS Cloud" "Contas da organização envolvidas na entrega: a de ferramentas e as de destino." "Amazon Web Services" {
                properties {
                    "aws.service" "AWS Cloud"
                    "cdk.outOfScope" "Agrupamento (as contas da organização envolvidas na entrega), não um recurso."
                    "requirements" "R10"
                }

                cicdToolingAccount = deploymentNode "Conta de ferramentas CI/CD" "Conta da OU Infrastructure que hospeda a esteira; papéis de implantação nas contas de destino são assumidos via STS, sem chaves estáticas." "AWS Account" {
                    properties {
                        "aws.service" "AWS Account"
                        "cdk.outOfScope" "Conta criada pelo Account Factory do AWS Control Tower; recebe as stacks Proteomics-Packages e Proteomics-Delivery deste app."
                        "requirements" "R09,R10"
                    }

                    cicdRegion = deploymentNode "sa-east-1 (São Paulo)" "Mesma região da carga de trabalho (dados no país)." "AWS Region" {
                        properties {
                            "aws.service" "AWS Region"
                            "cdk.outOfScope" "Agrupamento (a região sa-east-1 da conta de ferramentas), não um recurso."
                            "requirements" "R10"
                        }
                        sourceRepoInstance = containerInstance sourceRepo
                        pipelineInstance = containerInstance pipeline
                        buildProjectInstance = containerInstance buildProject
                        registryInstance = containerInstance registry
                        iacInstance = containerInstance iac
                        inspector = infrastructureNode "Amazon Inspector" "Varredura aprimorada contínua das imagens do ECR e verificação de SBOM no CodeBuild; achados seguem para o Security Hub." "Amazon Inspector" {
                            properties {
                                "aws.service" "Amazon Inspector"
                                "cdk.construct" "Proteomics-Delivery/EnhancedScanning"
                                "requirements" "R09"
                            }
                        }
                        artifactBucket = infrastructureNode "Bucket de artefatos" "S3 com SSE-KMS (chave do cliente compartilhada com as contas de destino), versionado e expirando artefatos em 90 dias." "Amazon S3" {
                            properties {
                                "aws.service" "Amazon S3"
                                "cdk.construct" "Proteomics-Delivery/ArtifactsBucket"
                                "requirements" "R09"
                            }
                        }
                    }
                    cicdPackagesRegion = deploymentNode "us-east-1 (Norte da Virgínia)" "Só o repositório de pacotes: o CodeArtifact não é oferecido em sa-east-1; guarda apenas pacotes públicos do PyPI, sem dados pessoais." "AWS Region" {
                        properties {
                            "aws.service" "AWS Region"
                            "cdk.outOfScope" "Agrupamento (a região us-east-1 da conta de ferramentas, só para o CodeArtifact), não um recurso."
                            "requirements" "R10"
                        }
                        packageRepoInstance = containerInstance packageRepo
                    }
                }

                cicdStagingAccount = deploymentNode "Conta de homologação" "Destino do primeiro deploy; os papéis do CDK bootstrap confiam só na conta de ferramentas." "AWS Account" {
                    properties {
                        "aws.service" "AWS Account"
                        "cdk.outOfScope" "Conta criada pelo Account Factory do AWS Control Tower (conta de gerenciamento); este app só implanta stacks dentro dela."
                        "requirements" "R09"
                    }
                    cicdStagingPlatformInstance = softwareSystemInstance platform
                    stagingImageReplica = infrastructureNode "Réplica do ECR em homologação" "Repositórios replicados da conta de ferramentas, com as mesmas tags imutáveis; os nós de homologação só puxam daqui." "Amazon ECR (replicação entre contas)" {
                        properties {
                            "aws.service" "Amazon ECR"
                            "cdk.construct" "Proteomics-Compute/ImageReplicationPolicy, Proteomics-Compute/ReplicatedRepositoriesTemplate"
                            "requirements" "R03,R09"
                        }
                    }
                }

                cicdProductionAccount = deploymentNode "Conta de produção" "Destino após aprovação manual; o papel da ação EKS está registrado como access entry no cluster." "AWS Account" {
                    properties {
                        "aws.service" "AWS Account"
                        "cdk.outOfScope" "Conta criada pelo Account Factory do AWS Control Tower (conta de gerenciamento); este app só implanta stacks dentro dela."
                        "requirements" "R09"
                    }
                    cicdProductionPlatformInstance = softwareSystemInstance platform
                    productionImageReplica = infrastructureNode "Réplica do ECR em produção" "Repositórios replicados da conta de ferramentas: produção não depende da conta de ferramentas para subir pods ou jobs." "Amazon ECR (replicação entre contas)" {
                        properties {
                            "aws.service" "Amazon ECR"
                            "cdk.construct" "Proteomics-Compute/ImageReplicationPolicy, Proteomics-Compute/ReplicatedRepositoriesTemplate"
                            "requirements" "R03,R08,R09"
                        }
                    }
                }
            }

            pipelineInstance -> artifactBucket "Guarda artefatos entre estágios" "S3 (SSE-KMS)"
            registryInstance -> stagingImageReplica "Replica as imagens" "Replicação privada do ECR entre contas"
            registryInstance -> productionImageReplica "Replica as imagens" "Replicação privada do ECR entre contas"
            inspector -> registryInstance "Varre imagens continuamente" "Inspector enhanced scanning"
        }
    }

    views {

        systemContext platform "context" {
            title "Contexto da plataforma de análise proteômica"
            description "Quem usa a plataforma e com que sistemas ela conversa: pesquisadores, operadores, o IdP corporativo e a esteira de entrega contínua."
            include * developer
            autoLayout tb
        }

        # The containers in two views, each small enough to print legibly on an A4 page: the request path, then the
        # analysis and its status events.
        container platform "containers" {
            title "Contêineres da plataforma — requisições e dados"
            description "Do navegador aos dados: CloudFront, Django e FastAPI no EKS, Cognito federado ao IdP, RDS Proxy e Aurora, buckets S3 e observabilidade."
            include researcher operator corporateIdp cdn web api identity dbProxy database inputBucket resultsBucket observability
            exclude "researcher -> resultsBucket"
            autoLayout tb
            properties {
                "plantuml.wrapWidth" "150"
            }
        }

        container platform "containers-analysis" {
            title "Contêineres da plataforma — análise e status"
            description "Da API ao e-mail: Step Functions, fila e ambientes do AWS Batch, job de análise, buckets S3, EventBridge, SQS, consumidor de status e SES."
            include api analysisWorkflow batchQueue batchCompute analysisJob inputBucket resultsBucket eventBus statusQueue statusConsumer dbProxy notifications researcher delivery
            autoLayout tb
            properties {
                "plantuml.wrapWidth" "150"
            }
        }

        container delivery "delivery-containers" {
            title "Contêineres da esteira de entrega contínua"
            description "Repositório, pipeline, build, pacotes, registro de imagens e infraestrutura como código que levam cada commit à produção."
            include *
            exclude "operator -> platform" "platform -> operator"
            autoLayout tb
        }

        # Só para os slides: a visão de contêineres dividida em duas, legível num projetor de 1280×720.
        # O documento mostra as visões "containers" e "containers-analysis"; estas duas ficam fora dele ("archgen.slidesOnly").
        container platform "slides-containers-web" {
            title "Contêineres: acesso web, identidade e dados"
            description "Do pesquisador ao banco: CloudFront, Django e FastAPI no EKS, Cognito com o IdP corporativo, RDS Proxy e Aurora, upload direto ao S3."
            include researcher corporateIdp cdn identity web api dbProxy database inputBucket
            autoLayout lr
            properties {
                "archgen.slidesOnly" "true"
            }
        }

        container platform "slides-containers-analysis" {
            title "Contêineres: análise sob demanda e status"
            description "Da API ao e-mail: Step Functions, fila e ambientes do AWS Batch, jobs, buckets S3, status por EventBridge e SQS, consumidor e SES."
            include api analysisWorkflow batchQueue batchCompute analysisJob inputBucket resultsBucket eventBus statusQueue statusConsumer notifications
            autoLayout lr
            properties {
                "archgen.slidesOnly" "true"
            }
        }

        # Production in two views that each print on one A4 page: the network by AZ, then where the workloads run.
        deployment * "Produção" "deployment-production" {
            title "Produção — rede da VPC em 3 AZs (sa-east-1)"
            description "VPC 10.20.0.0/16 em 3 AZs lado a lado: uma NAT por AZ nas sub-redes públicas, saída pelo Internet Gateway, e Aurora writer/reader em AZs diferentes nas sub-redes de dados isoladas, atrás do RDS Proxy."
            include igw natGatewayA natGatewayB natGatewayC dbProxyInstance databaseWriterInstance databaseReaderInstance
            autoLayout tb
        }

        deployment * "Produção" "deployment-production-workloads" {
            title "Produção — cargas de trabalho nas sub-redes privadas"
            description "Pods Django, FastAPI e consumidor de status no EKS e instâncias do AWS Batch nas sub-redes privadas de aplicação das 3 AZs, atrás do ALB."
            include alb webInstance apiInstance statusConsumerInstance batchComputeInstance analysisJobInstance
            include dbProxyInstance interfaceEndpoints s3GatewayEndpoint
            autoLayout tb
        }

        deployment * "Produção" "deployment-production-controllers" {
            title "Produção — controladores do cluster"
            description "Karpenter cria os nós dos pods pendentes; o AWS Load Balancer Controller cria o ALB a partir do Ingress."
            include karpenter albController alb webInstance apiInstance statusConsumerInstance
            autoLayout tb
        }

        deployment * "Produção" "deployment-production-edge" {
            title "Produção — borda e entrada"
            description "Caminho da requisição: Route 53, CloudFront com WAF, Shield e ACM (us-east-1), ativos no S3, ALB do Load Balancer Controller e pods Django."
            include route53 waf shield edgeCertificate cdnInstance staticAssetsBucket alb albController webInstance identityInstance
            exclude "cdnInstance -> webInstance"
            autoLayout tb
            properties {
                "plantuml.wrapWidth" "260"
            }
        }

        deployment * "Produção" "deployment-production-analysis" {
            title "Produção — análise sob demanda"
            description "Step Functions, fila e instâncias do AWS Batch, buckets S3 via endpoint de gateway e a réplica do ECR de onde vem a imagem do job."
            include analysisWorkflowInstance batchQueueInstance batchComputeInstance analysisJobInstance
            include inputBucketInstance resultsBucketInstance registryReplicaInstance s3GatewayEndpoint
            autoLayout tb
        }

        deployment * "Produção" "deployment-production-status" {
            title "Produção — status e notificação das análises"
            description "Eventos do Step Functions e do AWS Batch pelo EventBridge até a fila SQS, o consumidor de status no EKS, o RDS Proxy e o e-mail pelo SES."
            include analysisWorkflowInstance batchQueueInstance eventBusInstance statusQueueInstance statusConsumerInstance notificationsInstance dbProxyInstance
            autoLayout tb
        }

        deployment * "Produção" "deployment-production-security" {
            title "Produção — segredos, criptografia, backup e observabilidade"
            description "Secrets Manager com a senha mestre do Aurora, gerenciada pelo RDS (o RDS Proxy autentica por IAM e não lê segredo), chaves KMS dos buckets, AWS Backup do Aurora por 1827 dias e telemetria do EKS no CloudWatch."
            include kms secretsManager backupVault observabilityInstance telemetryAgents
            include dbProxyInstance databaseWriterInstance inputBucketInstance resultsBucketInstance
            autoLayout tb
            properties {
                "plantuml.wrapWidth" "150"
            }
        }

        deployment * "Organização AWS" "landing-zone" {
            title "Estrutura de contas (landing zone)"
            description "Organizations e Control Tower: contas de gerenciamento, Security (Audit), Log Archive, ferramentas CI/CD, homologação e produção."
            include *
            exclude "stagingPlatformInstance -> deliveryOrgInstance" "productionPlatformInstance -> deliveryOrgInstance"
            autoLayout lr
            properties {
                "plantuml.wrapWidth" "320"
            }
        }

        deployment * "Ferramentas CI/CD" "deployment-cicd" {
            title "Implantação da esteira de entrega"
            description "CodeCommit, CodePipeline V2, CodeBuild, CodeArtifact, ECR e CloudFormation na conta de ferramentas; o deploy no EKS (kubectl apply -k) está no fluxo de entrega."
            include *
            exclude "cicdStagingPlatformInstance -> registryInstance" "cicdProductionPlatformInstance -> registryInstance" "pipelineInstance -> cicdStagingPlatformInstance" "pipelineInstance -> cicdProductionPlatformInstance"
            autoLayout lr
        }

        dynamic platform "upload-flow" {
            title "Fluxo de upload de uma amostra"
            description "Upload de um arquivo por proteína direto do navegador para o S3 com URLs pré-assinadas de multipart; a API só assina, confirma e registra."
            researcher -> identity "Faz login (MFA) e recebe tokens"
            researcher -> cdn "Cria a amostra e escolhe N arquivos (um por proteína)"
            cdn -> web "Encaminha o formulário"
            web -> api "POST /samples com nomes, tamanhos e checksums"
            api -> dbProxy "Grava amostra e arquivos como PENDING"
            api -> inputBucket "CreateMultipartUpload e pré-assina UploadPart (15 min, Content-Length assinado)"
            researcher -> inputBucket "Envia as partes em paralelo (5 MiB–5 GiB cada) e guarda os ETags"
            researcher -> cdn "Informa os ETags ao terminar cada arquivo"
            cdn -> web "Encaminha a conclusão"
            web -> api "POST /files/{id}/complete"
            api -> inputBucket "CompleteMultipartUpload e HeadObject (tamanho e checksum)"
            api -> dbProxy "Marca a proteína UPLOADED; com todas confirmadas, amostra SUBMITTED e manifesto gravado"
            dbProxy -> database "Confirma a transação no writer"
            autoLayout tb
        }

        dynamic platform "analysis-flow" {
            title "Fluxo de análise sob demanda"
            description "Do pedido à notificação: Step Functions Standard com Distributed Map por proteína, jobs no AWS Batch e status por EventBridge e SQS."
            researcher -> cdn "Solicita a análise de uma amostra submetida"
            cdn -> web "Encaminha o pedido"
            web -> api "POST /samples/{id}/analyses"
            api -> dbProxy "Grava a análise como QUEUED"
            api -> analysisWorkflow "StartExecution com nome = id da análise e URI do manifesto"
            analysisWorkflow -> inputBucket "Distributed Map lê o manifesto de proteínas" "Distributed Map ItemReader (S3)"
            analysisWorkflow -> batchQueue "submitJob.sync por proteína (MaxConcurrency 50)"
            batchQueue -> batchCompute "Agenda no Spot; reenvio On-Demand após 15 min sem Spot"
            batchCompute -> analysisJob "Inicia o contêiner do job"
            analysisJob -> inputBucket "Lê o arquivo da proteína"
            analysisJob -> resultsBucket "Grava os resultados da proteína"
            analysisWorkflow -> inputBucket "ResultWriter grava o resumo do Map Run em _execucoes/, uma pasta por análise" "Distributed Map ResultWriter (S3)"
            analysisWorkflow -> eventBus "Emite SUCCEEDED ou FAILED"
            eventBus -> statusQueue "Entrega o evento na fila"
            statusConsumer -> statusQueue "Recebe o evento"
            statusConsumer -> dbProxy "Marca a análise COMPLETED ou FAILED"
            statusConsumer -> notifications "Pede o e-mail ao pesquisador"
            notifications -> researcher "Avisa que os resultados estão disponíveis"
            researcher -> resultsBucket "Baixa os resultados com URL pré-assinada pela API (por até 5 anos)"
            autoLayout tb
        }

        dynamic delivery "delivery-flow" {
            title "Fluxo de entrega contínua"
            description "Do commit à produção: testes e varredura no CodeBuild, imagem imutável no ECR, homologação, aprovação manual e produção."
            developer -> sourceRepo "Faz merge do pull request aprovado na main"
            pipeline -> sourceRepo "Detecta o push e obtém a revisão"
            pipeline -> buildProject "Executa lint, testes unitários, SAST e build"
            buildProject -> packageRepo "Instala dependências fixadas por hash"
            buildProject -> iac "cdk synth com cdk-nag"
            buildProject -> registry "Publica imagens com tag = SHA; Inspector varre"
            pipeline -> iac "Implanta as stacks em homologação"
            iac -> platform "Atualiza a infraestrutura de homologação"
            pipeline -> platform "kubectl apply -k em homologação e testes de fumaça"
            operator -> pipeline "Recebe o pedido de aprovação (SNS) e aprova a promoção"
            pipeline -> iac "Implanta as stacks em produção"
            iac -> platform "Atualiza a infraestrutura de produção"
            pipeline -> platform "kubectl apply -k em produção"
            autoLayout tb
        }

        styles {
            element "Person" {
                shape Person
                background #08427B
                color #FFFFFF
            }
            element "Software System" {
                background #1168BD
                color #FFFFFF
            }
            element "Externo" {
                background #8A8A8A
                color #FFFFFF
            }
            element "Container" {
                background #FFFFFF
                color #232F3E
                stroke #FF9900
            }
            element "Nosso código" {
                background #438DD5
                color #FFFFFF
                stroke #2E6295
            }
            element "Banco de dados" {
                shape Cylinder
            }
            element "Fila" {
                shape Pipe
            }
            element "Bucket" {
                shape Folder
            }
            element "Infrastructure Node" {
                background #FFFFFF
                color #232F3E
                stroke #FF9900
            }
            element "Deployment Node" {
                color #232F3E
            }
            relationship "Relationship" {
                color #545B64
            }
        }
    }

    # Números-chave da proposta, mostrados na página inicial do site. Cada um também está na descrição do
    # elemento que o entrega (o build confere): 99,9% na observabilidade, 365 e 1827 dias nos buckets.
    # O custo mensal cita os totais da proposta no mês 1 e no mês 60 da tabela "Totais mensais para os slides"
    # do capítulo 9 do documento; o build falha se os dois discordarem.
    properties {
        "proposta.disponibilidade" "99,9%"
        "proposta.retencao.entradas.dias" "365"
        "proposta.retencao.resultados.dias" "1827"
        "proposta.custo.mensal" "≈ US$ 6.020 a US$ 7.300"
    }
}
