/*M!999999\- enable the sandbox mode */ 
-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: localhost    Database: prisma_migstamp_sample
-- ------------------------------------------------------
-- Server version	10.11.19-MariaDB-0+deb12u1

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;

--
-- Table structure for table `AuditLog`
--

DROP TABLE IF EXISTS `AuditLog`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `AuditLog` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action` varchar(191) NOT NULL,
  `entity` varchar(191) NOT NULL,
  `userId` int(11) DEFAULT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  PRIMARY KEY (`id`),
  KEY `AuditLog_createdAt_idx` (`createdAt`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `AuditLog`
--

LOCK TABLES `AuditLog` WRITE;
/*!40000 ALTER TABLE `AuditLog` DISABLE KEYS */;
/*!40000 ALTER TABLE `AuditLog` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `Category`
--

DROP TABLE IF EXISTS `Category`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Category` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Category_name_key` (`name`)
) ENGINE=InnoDB AUTO_INCREMENT=4 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `Category`
--

LOCK TABLES `Category` WRITE;
/*!40000 ALTER TABLE `Category` DISABLE KEYS */;
INSERT INTO `Category` VALUES
(2,'Guides'),
(1,'News'),
(3,'Releases');
/*!40000 ALTER TABLE `Category` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `Comment`
--

DROP TABLE IF EXISTS `Comment`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Comment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `body` varchar(191) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `postId` int(11) NOT NULL,
  `authorId` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `Comment_postId_idx` (`postId`),
  KEY `Comment_authorId_fkey` (`authorId`),
  CONSTRAINT `Comment_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `User` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `Comment_postId_fkey` FOREIGN KEY (`postId`) REFERENCES `Post` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `Comment`
--

LOCK TABLES `Comment` WRITE;
/*!40000 ALTER TABLE `Comment` DISABLE KEYS */;
/*!40000 ALTER TABLE `Comment` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `Post`
--

DROP TABLE IF EXISTS `Post`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Post` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(191) NOT NULL,
  `body` varchar(191) DEFAULT NULL,
  `authorId` int(11) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `status` enum('DRAFT','PUBLISHED','ARCHIVED') NOT NULL DEFAULT 'DRAFT',
  PRIMARY KEY (`id`),
  KEY `Post_authorId_fkey` (`authorId`),
  KEY `Post_title_idx` (`title`),
  CONSTRAINT `Post_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `User` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `Post`
--

LOCK TABLES `Post` WRITE;
/*!40000 ALTER TABLE `Post` DISABLE KEYS */;
/*!40000 ALTER TABLE `Post` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `PostTag`
--

DROP TABLE IF EXISTS `PostTag`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `PostTag` (
  `postId` int(11) NOT NULL,
  `tagId` int(11) NOT NULL,
  PRIMARY KEY (`postId`,`tagId`),
  KEY `PostTag_tagId_fkey` (`tagId`),
  CONSTRAINT `PostTag_postId_fkey` FOREIGN KEY (`postId`) REFERENCES `Post` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `PostTag_tagId_fkey` FOREIGN KEY (`tagId`) REFERENCES `Tag` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `PostTag`
--

LOCK TABLES `PostTag` WRITE;
/*!40000 ALTER TABLE `PostTag` DISABLE KEYS */;
/*!40000 ALTER TABLE `PostTag` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `Tag`
--

DROP TABLE IF EXISTS `Tag`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Tag` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `label` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Tag_label_key` (`label`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `Tag`
--

LOCK TABLES `Tag` WRITE;
/*!40000 ALTER TABLE `Tag` DISABLE KEYS */;
/*!40000 ALTER TABLE `Tag` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `User`
--

DROP TABLE IF EXISTS `User`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `User` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(191) NOT NULL,
  `name` varchar(191) DEFAULT NULL,
  `role` enum('USER','ADMIN') NOT NULL DEFAULT 'USER',
  `handle` varchar(191) DEFAULT NULL,
  `lastLoginAt` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `User_email_key` (`email`),
  UNIQUE KEY `User_handle_key` (`handle`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `User`
--

LOCK TABLES `User` WRITE;
/*!40000 ALTER TABLE `User` DISABLE KEYS */;
/*!40000 ALTER TABLE `User` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `UserProfile`
--

DROP TABLE IF EXISTS `UserProfile`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `UserProfile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `bio` varchar(191) DEFAULT NULL,
  `userId` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UserProfile_userId_key` (`userId`),
  CONSTRAINT `UserProfile_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `UserProfile`
--

LOCK TABLES `UserProfile` WRITE;
/*!40000 ALTER TABLE `UserProfile` DISABLE KEYS */;
/*!40000 ALTER TABLE `UserProfile` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `_CategoryToPost`
--

DROP TABLE IF EXISTS `_CategoryToPost`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `_CategoryToPost` (
  `A` int(11) NOT NULL,
  `B` int(11) NOT NULL,
  UNIQUE KEY `_CategoryToPost_AB_unique` (`A`,`B`),
  KEY `_CategoryToPost_B_index` (`B`),
  CONSTRAINT `_CategoryToPost_A_fkey` FOREIGN KEY (`A`) REFERENCES `Category` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `_CategoryToPost_B_fkey` FOREIGN KEY (`B`) REFERENCES `Post` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `_CategoryToPost`
--

LOCK TABLES `_CategoryToPost` WRITE;
/*!40000 ALTER TABLE `_CategoryToPost` DISABLE KEYS */;
/*!40000 ALTER TABLE `_CategoryToPost` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `_prisma_migrations`
--

DROP TABLE IF EXISTS `_prisma_migrations`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `_prisma_migrations` (
  `id` varchar(36) NOT NULL,
  `checksum` varchar(64) NOT NULL,
  `finished_at` datetime(3) DEFAULT NULL,
  `migration_name` varchar(255) NOT NULL,
  `logs` text DEFAULT NULL,
  `rolled_back_at` datetime(3) DEFAULT NULL,
  `started_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `applied_steps_count` int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `_prisma_migrations`
--

LOCK TABLES `_prisma_migrations` WRITE;
/*!40000 ALTER TABLE `_prisma_migrations` DISABLE KEYS */;
INSERT INTO `_prisma_migrations` VALUES
('00cb5736-1049-4051-abea-a1a0f9aa78ef','e11baf087127bfd3bd9a95798600bff127f929baa0c331ee8af5be1e731ae013','2026-11-30 23:28:35.950','20240216153000_add_import_batch',NULL,NULL,'2026-11-30 23:28:35.886',1),
('20970631-4810-4868-ab15-be25afce0609','21261795cc40a3cafe1fc380dac99ccc43c4379ad6edabd8d5b7d0251ee5bd98','2026-11-30 23:28:37.658','20240412093000_add_post_status',NULL,NULL,'2026-11-30 23:28:37.599',1),
('30f2f5e4-c95d-4fea-ae81-3404051dfdb8','27f76aeda360b806a057cfcc43724e2eaefb5e9af2e7ff3fbfb0bf5404e57713','2026-11-30 23:28:36.409','20240301120000_seed_categories',NULL,NULL,'2026-11-30 23:28:36.349',1),
('427cbd01-b9e1-45e9-bf70-65408d847e51','826898d6d790da4d4a1dcf9b1e4eb6372aeac59fc4d2fe926c9d08d7d6e6a973','2026-11-30 23:28:37.934','20240510100000_rename_comment_text_to_body',NULL,NULL,'2026-11-30 23:28:37.877',1),
('4620fbc4-cb24-43da-a1fb-58f5be0f2c0f','1fc274c80e77af7e0769b45b68f6bfab3556cbc46e4d088636a32feb68ef90ba','2026-11-30 23:28:37.799','20240426090000_drop_post_published',NULL,NULL,'2026-11-30 23:28:37.736',1),
('7779f573-dbee-4446-bbe6-22b9a276423b','0efc07bd0cdf9479f016fcf898f61454e301edbb35918a8176aee147a74e23ba','2026-11-30 23:28:35.869','20240209093000_add_post_title_index',NULL,NULL,'2026-11-30 23:28:35.783',1),
('7c4b9e41-ac2c-4489-b1ed-71bde91eecba','b0a27456e26e5ca1042170f559e3cbd66dabbd30f7e366055ba3c0fb271ab0ab','2026-11-30 23:28:35.621','20240126090000_add_categories',NULL,NULL,'2026-11-30 23:28:35.321',1),
('7fdb4e0d-7e56-4cea-8461-91646ac2e5b9','098b90dcb4c749fde070be27a01a1a03060770625b7e6953076f1463c8ada32e','2026-11-30 23:28:34.913','20240105093000_init',NULL,NULL,'2026-11-30 23:28:34.768',1),
('8352429e-759c-40f9-8cb3-32d5d4880b90','3f81b1b2e6ada0ba5d005a2bb50d06df1fe0df15be852100d2bb17be9d21344c','2026-11-30 23:28:38.146','20240517113000_add_tags',NULL,NULL,'2026-11-30 23:28:37.947',1),
('927625a5-7bc2-4602-8953-d34aea050ce4','5761049c870317cc478ff7c2bfda0254faa1c1ecfd3851e56978874eb13768f9','2026-11-30 23:28:35.281','20240119140000_add_user_role',NULL,NULL,'2026-11-30 23:28:35.088',1),
('97b06793-133e-4649-89f8-a9eee0861604','afa45cbef0592f80a0c04a72e98f41280eb3a04cf8810d7961fde61f05aa69fa','2026-11-30 23:28:37.865','20240503140000_add_audit_log',NULL,NULL,'2026-11-30 23:28:37.809',1),
('a2fafb0c-8017-4a61-bcbf-70b388e7f138','851711bc82747dfaefebfff304b66a15d34013df57be5576443ba57eea4cd1d8','2026-11-30 23:28:35.071','20240112101500_add_profile',NULL,NULL,'2026-11-30 23:28:34.927',1),
('a6b0edac-9dac-44db-b5d7-127cc37963dd','388520e571e768c0a52288f621bd57e589755bb184c3124c99d4ccd94d23ed38','2026-11-30 23:28:36.725','20240315103000_add_user_handle',NULL,NULL,'2026-11-30 23:28:36.553',1),
('af49478b-603b-4921-96c8-133f3efed195','b4fdeac0d62dae1791c4ea9733d8ccf2063881ce6c8007f4410bc8a541cdb154','2026-11-30 23:28:36.903','20240322090000_add_comments',NULL,NULL,'2026-11-30 23:28:36.741',1),
('b9929526-8900-4042-8339-c58c30b82ad9','8eafbb7e352ca18a71a201b1e5a20a9b31404f8e3ad302b89cd40bee37c2743d','2026-11-30 23:28:35.773','20240202110000_add_post_created_at',NULL,NULL,'2026-11-30 23:28:35.641',1),
('d9ff5443-5b60-4175-9329-c04993c98d46','fb718da9e36cd8a94a9d45a040e5b16c85e669012487032917c9d4a910262173','2026-11-30 23:28:36.967','20240329110000_rename_profile_to_user_profile',NULL,NULL,'2026-11-30 23:28:36.913',1),
('df810e39-cc45-4809-babf-7505a004c191','12f2b7cc8a8c08929f75583d0c66f417c00689f3303b26ca4d855c8600e0011f','2026-11-30 23:28:38.367','20240524090000_add_user_last_login',NULL,NULL,'2026-11-30 23:28:38.195',1),
('e05aa476-8c92-47f7-8c68-2016595fedb2','99d059e3c8b4a9bb385e3b3e17f076f61b1780c82ad35b75c42c0cdff691224d','2026-11-30 23:28:37.724','20240419110000_backfill_post_status',NULL,NULL,'2026-11-30 23:28:37.673',1),
('e613be36-bdea-4df8-8ab2-25e12d259254','a1a3b671736ab639aedaa91cf1f92497c22fde96409947dfcbb6ea2a8bc6b38c','2026-11-30 23:28:36.533','20240308094500_drop_import_batch',NULL,NULL,'2026-11-30 23:28:36.426',1),
('e7dba252-66d3-45c3-8ba3-49f7b5001bab','76c11e623f0abfa6da388fa5fa07dc86ad7192856e7690db21be77ff08b21624','2026-11-30 23:28:37.133','20240405100000_rename_user_profile_keys',NULL,NULL,'2026-11-30 23:28:36.982',1),
('e8889b5e-bb57-4d0d-9891-16338b482e80','6fd6e6b4baf23bf826ddae63862c358f50aa5ed7aaa07f1b0fb267648f8bb7fa','2026-11-30 23:28:36.084','20240223100000_rename_post_content_to_body',NULL,NULL,'2026-11-30 23:28:35.974',1);
/*!40000 ALTER TABLE `_prisma_migrations` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed
